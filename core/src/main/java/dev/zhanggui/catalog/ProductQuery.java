package dev.zhanggui.catalog;

import java.util.Optional;

/**
 * What a product list asks for: text over name, code and barcode (substrings, Chinese included;
 * SKU codes and barcodes match exactly), a category with its sub-categories, a status, a store
 * (the products it stocks: at least one SKU with a stock record at that store, even at zero, so
 * that a sold-out product shows as sold out rather than vanishing), an order.
 */
public record ProductQuery(Optional<String> text, Optional<CategoryId> category, Optional<ProductStatus> status,
                           ProductSort sort, Optional<StoreId> store) {
    public static final ProductQuery ALL = new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            ProductSort.MERCHANT, Optional.empty());

    public ProductQuery {
        text = text == null ? Optional.empty() : text.map(String::strip).filter(t -> !t.isEmpty());
        category = category == null ? Optional.empty() : category;
        status = status == null ? Optional.empty() : status;
        sort = sort == null ? ProductSort.MERCHANT : sort;
        store = store == null ? Optional.empty() : store;
    }

    /** A query over all stores. */
    public ProductQuery(Optional<String> text, Optional<CategoryId> category, Optional<ProductStatus> status,
                        ProductSort sort) {
        this(text, category, status, sort, Optional.empty());
    }

    public ProductQuery withStatus(ProductStatus onlyStatus) {
        return new ProductQuery(text, category, Optional.of(onlyStatus), sort, store);
    }
}
