package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderAction;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.zhanggui.aftersale.AfterSaleFixture.line;
import static dev.zhanggui.aftersale.AfterSaleFixture.units;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 003, 三、仅退款流程: a paid order not shipped yet (待发货); the customer asks for a refund only
 * with a reason, the merchant agrees (同意退款), the money goes back to each tender it came from.
 */
class RefundOnlyBeforeShippingScenarioTest {
    private final AfterSaleFixture f = new AfterSaleFixture("6.00", new DefaultRefundAllocationPolicy());
    private final Actor buyer = f.customer();
    private final SkuId tea = f.sku("龙井 250g", "50.00", 10);
    private final SkuId cup = f.sku("茶杯", "20.00", 10);

    @Test
    void the_whole_order_refunded_before_shipping_closes_it_and_gives_everything_back() {
        f.topUp(buyer, "30.00");
        Coupon coupon = f.coupon(buyer, "5.00");
        Order order = f.paidOrder(buyer, new PaymentPlan(Points.zero(), true, TenderType.ONLINE), Optional.of(coupon),
                line(tea, 2), line(cup, 1));
        // 100.00 + 20.00 − 5.00 coupon + 6.00 shipping = 121.00: 30.00 balance, 91.00 online
        assertThat(order.total()).isEqualTo(Money.of("121.00"));
        assertThat(order.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(f.onHand(tea)).isEqualTo(8);

        AfterSale asked = f.afterSales.request(buyer, AfterSaleRequest.wholeOrder(order.id(), AfterSaleType.REFUND_ONLY,
                "NO_LONGER_WANTED"));
        assertThat(asked.status()).isEqualTo(AfterSaleStatus.REQUESTED);
        assertThat(asked.lines()).containsExactly(units(0, 2), units(1, 1));

        AfterSale refunded = f.afterSales.refund(f.staff, asked.id(), Optional.of(asked.version()));
        assertThat(refunded.status()).isEqualTo(AfterSaleStatus.REFUNDED);
        assertThat(refunded.events()).extracting(AfterSaleEvent::action).containsExactly(AfterSaleAction.REQUEST,
                AfterSaleAction.AGREE_REFUND, AfterSaleAction.COMPLETE_REFUND);

        Refund refund = f.refundOf(refunded);
        assertThat(refund.amount()).isEqualTo(Money.of("121.00"));
        assertThat(refund.shipping()).isEqualTo(Money.of("6.00"));
        assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(refund.parts()).extracting(RefundPart::destination, RefundPart::amount).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RefundDestination.BALANCE, Money.of("30.00")),
                org.assertj.core.groups.Tuple.tuple(RefundDestination.PAYMENT_GATEWAY, Money.of("91.00")));
        assertThat(f.balance(buyer)).isEqualTo(Money.of("30.00"));
        assertThat(f.gateway.refunds()).singleElement().satisfies(r -> {
            assertThat(r.refundFen()).isEqualTo(9100);
            assertThat(r.outRefundNo()).isEqualTo(refund.id().outRefundNo());
        });

        Order closed = f.order(order.id());
        assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(closed.refunds().total()).isEqualTo(Money.of("121.00"));
        assertThat(closed.events().getLast().action()).isEqualTo(OrderAction.REFUND);
        assertThat(f.onHand(tea)).isEqualTo(10);
        assertThat(f.onHand(cup)).isEqualTo(10);
        assertThat(f.reload(coupon).status()).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(f.events.eventsOf(AfterSaleChanged.class)).hasSize(3);
    }

    @Test
    void a_partial_refund_keeps_the_coupon_and_shipping_and_the_rest_still_ships() {
        Coupon coupon = f.coupon(buyer, "5.00");
        Order order = f.paidOrder(buyer, new PaymentPlan(Points.zero(), false, TenderType.ONLINE), Optional.of(coupon),
                line(tea, 2), line(cup, 1));
        AfterSale asked = f.afterSales.request(buyer, f.request(order, AfterSaleType.REFUND_ONLY, units(0, 1)));
        AfterSale refunded = f.afterSales.refund(f.staff, asked.id(), Optional.empty());

        // line 0 cost 100.00 − its 4.17 share of the coupon = 95.83; one of two units: 47.91
        Refund refund = f.refundOf(refunded);
        assertThat(order.linePaidAmounts()).containsExactly(Money.of("95.83"), Money.of("19.17"));
        assertThat(refund.amount()).isEqualTo(Money.of("47.91"));
        assertThat(refund.shipping()).isEqualTo(Money.zero());
        assertThat(f.reload(coupon).status()).isEqualTo(CouponStatus.USED);
        assertThat(f.onHand(tea)).isEqualTo(9);

        Order partly = f.order(order.id());
        assertThat(partly.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(partly.refunds().cancelled(0)).isEqualTo(1);
        Order shipped = f.shipAll(partly);
        assertThat(shipped.shipments().getFirst().lines()).extracting(l -> l.quantity()).containsExactly(1, 1);
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void agreeing_again_or_by_two_staff_refunds_once() {
        Order order = f.paidOnline(buyer, line(tea, 1));
        AfterSale asked = f.afterSales.request(buyer, AfterSaleRequest.wholeOrder(order.id(), AfterSaleType.REFUND_ONLY,
                "NO_LONGER_WANTED"));
        AfterSale first = f.afterSales.refund(f.staff, asked.id(), Optional.empty());
        AfterSale again = f.afterSales.refund(f.admin, asked.id(), Optional.empty());
        assertThat(again.version()).isEqualTo(first.version());
        assertThat(again.refund()).isEqualTo(first.refund());
        assertThat(f.refundRepository.ofOrder(AfterSaleFixture.SHOP, order.id())).hasSize(1);
        assertThat(f.gateway.refunds()).hasSize(1);
    }
}
