package dev.zhanggui.catalog;

/** A SKU found by scanning a barcode (扫码), with its product. */
public record SkuMatch(Product product, Sku sku) {
}
