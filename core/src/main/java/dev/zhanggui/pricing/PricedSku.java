package dev.zhanggui.pricing;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.shared.Money;

import java.util.Objects;
import java.util.Set;

/**
 * What pricing needs to know of a SKU. {@code listPrice} is the price everyone pays without a tier
 * (the catalog's {@code Sku.price}; the catalog's 原价 is for display and plays no part here).
 */
public record PricedSku(SkuId sku, ProductId product, Money listPrice, int weightGrams, Set<CategoryId> categories) {
    public PricedSku {
        Objects.requireNonNull(sku, "sku");
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(listPrice, "listPrice");
        categories = Set.copyOf(categories);
        if (weightGrams < 0) {
            throw new IllegalArgumentException("weight must not be negative");
        }
    }
}
