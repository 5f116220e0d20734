package dev.zhanggui.promotion;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.shared.Money;

import java.util.Optional;
import java.util.Set;

/**
 * A cart line as promotions and coupons see it: what it is and what it costs at this point of the
 * quote ({@code amount}: the line's goods amount less the discounts applied so far).
 */
public record CartLineView(int index, SkuId sku, ProductId product, Set<CategoryId> categories,
                           Optional<StoreId> store, int quantity, Money amount) {
}
