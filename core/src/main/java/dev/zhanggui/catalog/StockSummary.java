package dev.zhanggui.catalog;

/**
 * The stock of one SKU at one location as product listings show it; a SKU without a stock record
 * has none. {@code available} is on hand less reserved and never negative.
 */
public record StockSummary(SkuId sku, int onHand, int reserved, int available) {
    public static StockSummary of(StockLevel level) {
        return new StockSummary(level.sku(), level.onHand(), level.reserved(), level.available());
    }

    public static StockSummary none(SkuId sku) {
        return new StockSummary(sku, 0, 0, 0);
    }
}
