package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What each line cost after promotions, coupon and the merchant's price changes — the base of
 * after-sales refunds — adds up to the goods payable to the fen; a price change that leaves nothing
 * to pay makes the order paid.
 */
class LinePaidAmountsTest {
    private final OrderFixture f = new OrderFixture();
    private final Actor buyer = f.customer();
    private final SkuId a = f.sku("A", "33.33", 10);
    private final SkuId b = f.sku("B", "10.00", 10);
    private final SkuId c = f.sku("C", "0.01", 10);

    private CheckoutRequest order(CouponChoice coupon, PaymentPlan plan) {
        CheckoutRequest base = CheckoutRequest.of(List.of(CartLine.of(a, 3), CartLine.of(b, 1), CartLine.of(c, 1)),
                plan);
        return new CheckoutRequest(base.lines(), base.customer(), base.source(), base.salesperson(), base.delivery(),
                base.carrier(), base.addressId(), base.address(), base.pickupStore(), base.invoiceType(),
                base.invoice(), base.deliveryDate(), base.buyerNote(), coupon, plan, Optional.empty(), true, false);
    }

    @Test
    void a_coupon_and_a_price_cut_split_over_the_lines_to_the_fen() {
        Coupon coupon = f.coupon(buyer, "10.00");
        Order order = f.checkout.checkout(buyer, order(new CouponChoice.Specific(coupon.id()),
                new PaymentPlan(Points.zero(), false, TenderType.ONLINE)));
        assertThat(order.goodsPayable()).isEqualTo(Money.of("100.00"));
        Order cut = f.orders.adjustPrice(f.admin, order.id(), Money.of("-7.77"), Money.zero(), "老客户优惠",
                Optional.empty());
        List<Money> paid = cut.linePaidAmounts();
        assertThat(paid.stream().reduce(Money.zero(), Money::plus)).isEqualTo(Money.of("92.23"));
        assertThat(paid).allSatisfy(m -> assertThat(m.isNegative()).isFalse());
        for (int i = 0; i < paid.size(); i++) {
            assertThat(paid.get(i)).isLessThanOrEqualTo(cut.lines().get(i).total());
        }
    }

    @Test
    void a_price_change_that_leaves_nothing_to_pay_makes_the_order_paid_and_uses_the_coupon() {
        Coupon coupon = f.coupon(buyer, "10.00");
        f.topUp(buyer, "60.00");
        Order order = f.checkout.checkout(buyer, order(new CouponChoice.Specific(coupon.id()),
                new PaymentPlan(Points.zero(), true, TenderType.ONLINE)));
        assertThat(order.amountDue()).isEqualTo(Money.of("40.00"));
        Order paid = f.orders.adjustPrice(f.admin, order.id(), Money.of("-40.00"), Money.zero(), "抵扣", Optional.empty());
        assertThat(paid.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(paid.total()).isEqualTo(Money.of("60.00"));
        assertThat(paid.fullyPaid()).isTrue();
        assertThat(f.reload(coupon).status()).isEqualTo(CouponStatus.USED);
    }
}
