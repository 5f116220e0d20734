package dev.zhanggui.catalog.importing;

/** What an import did: the data rows it read and the products and SKUs it created or changed. */
public record ImportCounts(int rows, int productsCreated, int productsUpdated, int skusCreated, int skusUpdated,
                           int stockSet) {
}
