package dev.zhanggui.catalog;

import java.util.Optional;

/**
 * What a product list asks for: text over name, code and barcode (substrings, Chinese included;
 * SKU codes and barcodes match exactly), a category with its sub-categories, a status, an order.
 */
public record ProductQuery(Optional<String> text, Optional<CategoryId> category, Optional<ProductStatus> status,
                           ProductSort sort) {
    // TODO(lead): a store filter (products a store stocks) once stock levels are merged.
    public static final ProductQuery ALL = new ProductQuery(Optional.empty(), Optional.empty(), Optional.empty(),
            ProductSort.MERCHANT);

    public ProductQuery {
        text = text == null ? Optional.empty() : text.map(String::strip).filter(t -> !t.isEmpty());
        category = category == null ? Optional.empty() : category;
        status = status == null ? Optional.empty() : status;
        sort = sort == null ? ProductSort.MERCHANT : sort;
    }

    public ProductQuery withStatus(ProductStatus onlyStatus) {
        return new ProductQuery(text, category, Optional.of(onlyStatus), sort);
    }
}
