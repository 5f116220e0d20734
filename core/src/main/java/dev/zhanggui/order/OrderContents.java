package dev.zhanggui.order;

import dev.zhanggui.promotion.CouponId;
import dev.zhanggui.shared.Money;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What was ordered and how it is delivered, fixed at checkout: the lines (quote snapshots), the
 * quote's totals and shipping charge, the coupon used, delivery, invoice request, delivery date
 * (期望送达日期) and the buyer's note (买家留言).
 */
public record OrderContents(List<OrderLine> lines, Money goodsTotal, Money promotionDiscount, Money couponDiscount,
                            Money shipping, Optional<CouponId> coupon, Delivery delivery,
                            Optional<InvoiceRequest> invoice, Optional<LocalDate> deliveryDate,
                            Optional<String> buyerNote) {
    public OrderContents {
        lines = List.copyOf(lines);
        Objects.requireNonNull(delivery, "delivery");
        coupon = coupon == null ? Optional.empty() : coupon;
        invoice = invoice == null ? Optional.empty() : invoice;
        deliveryDate = deliveryDate == null ? Optional.empty() : deliveryDate;
        buyerNote = buyerNote == null ? Optional.empty() : buyerNote;
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order has lines");
        }
    }

    /** Σ line totals: the goods after promotions and coupon. */
    public Money linesTotal() {
        return lines.stream().map(OrderLine::total).reduce(Money.zero(goodsTotal.currency()), Money::plus);
    }
}
