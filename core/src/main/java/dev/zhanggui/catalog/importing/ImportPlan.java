package dev.zhanggui.catalog.importing;

import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.SkuId;

import java.util.List;

/**
 * What a checked file will do, built in memory before anything is written: the products to
 * create or change (already through the aggregate's rules) and the stock to set.
 */
record ImportPlan(List<PlannedProduct> products, List<PlannedStock> stock) {

    /** One product of the file; {@code rows} is how many data rows it came from. */
    record PlannedProduct(Product product, boolean created, int skusCreated, int skusUpdated, int rows) {
    }

    /** The stock a row sets for its SKU. */
    record PlannedStock(int row, SkuId sku, int quantity) {
    }
}
