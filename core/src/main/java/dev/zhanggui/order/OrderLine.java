package dev.zhanggui.order;

import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.pricing.LineDiscount;
import dev.zhanggui.pricing.UnitPrice;
import dev.zhanggui.shared.Money;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One line of an order, a snapshot of its quote: the SKU as described then, the quantity, the
 * list price, the unit price with the tier that set it, the goods amount, the shares of promotion
 * and coupon discounts, and the line total
 * ({@code goodsAmount − promotionDiscount − couponDiscount}). Later catalog or price changes do
 * not touch it.
 */
public record OrderLine(int index, SkuDescription sku, Optional<StoreId> store, int quantity, Money listPrice,
                        UnitPrice unitPrice, Money goodsAmount, Money promotionDiscount, Money couponDiscount,
                        Money total, List<LineDiscount> discounts) {
    public OrderLine {
        Objects.requireNonNull(sku, "sku");
        store = store == null ? Optional.empty() : store;
        discounts = discounts == null ? List.of() : List.copyOf(discounts);
        if (quantity < 1) {
            throw new IllegalArgumentException("a line has at least one unit");
        }
        if (!goodsAmount.minus(promotionDiscount).minus(couponDiscount).equals(total)) {
            throw new IllegalArgumentException("line total must be goods less discounts");
        }
    }
}
