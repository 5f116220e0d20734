package dev.zhanggui.catalog;

/**
 * The orders of a product list: the merchant's own order (sort order, then age), newest first,
 * by the lowest SKU price up or down, best sellers first.
 */
public enum ProductSort {
    MERCHANT, NEWEST, PRICE_ASC, PRICE_DESC, SALES
}
