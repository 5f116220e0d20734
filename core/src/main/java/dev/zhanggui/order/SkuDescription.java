package dev.zhanggui.order;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;

import java.util.List;
import java.util.Objects;

/** What an order line keeps of a SKU as it was when ordered: product, names and spec values (e.g. 红色, XL). */
public record SkuDescription(SkuId sku, ProductId product, String productName, String skuCode,
                             List<String> specValues) {
    public SkuDescription {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(productName, "productName");
        skuCode = skuCode == null ? "" : skuCode;
        specValues = specValues == null ? List.of() : List.copyOf(specValues);
    }
}
