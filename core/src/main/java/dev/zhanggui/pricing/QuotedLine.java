package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.shared.Money;

import java.util.List;
import java.util.Optional;

/**
 * A priced cart line: the list price, the unit price and the tier that set it, the goods amount
 * (unit price × quantity), the shares of promotion and coupon discounts, and what the line costs.
 * {@code total = goodsAmount − promotionDiscount − couponDiscount}, never negative.
 */
public record QuotedLine(int index, SkuId sku, int quantity, Optional<StoreId> store, Money listPrice,
                         UnitPrice unitPrice, Money goodsAmount, Money promotionDiscount, Money couponDiscount,
                         Money total, List<LineDiscount> discounts) {
    public QuotedLine {
        discounts = List.copyOf(discounts);
    }
}
