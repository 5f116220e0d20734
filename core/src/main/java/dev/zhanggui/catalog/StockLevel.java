package dev.zhanggui.catalog;

/**
 * The stock (库存) of one SKU at one location: what is on hand and how much of it orders have
 * reserved. Shoppers can buy what is available: on hand less reserved, never below zero.
 */
public record StockLevel(SkuId sku, StockLocation location, int onHand, int reserved) {
    public static StockLevel none(SkuId sku, StockLocation location) {
        return new StockLevel(sku, location, 0, 0);
    }

    public int available() {
        return Math.max(0, onHand - reserved);
    }
}
