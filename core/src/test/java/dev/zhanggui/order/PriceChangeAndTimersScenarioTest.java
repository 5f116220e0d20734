package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.Carrier;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.pricing.ShippingRate;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seed 003 (a SaaS mall's order manual): the merchant changes the price of an unpaid order (+100.00
 * goods, +10.00 shipping), confirms the payment on the customer's behalf, ships; ten days later the
 * system confirms receipt. An order left unpaid closes after 30 minutes and gives back its coupon,
 * stock, balance and points (优惠券订单关闭返还).
 */
class PriceChangeAndTimersScenarioTest {
    private final OrderFixture f = new OrderFixture();
    private final Actor buyer = f.customer();
    private final SkuId jacket = f.sku("冲锋衣 L", "300.00", 10);
    private final Carrier sf = f.carriers.create(f.admin, "顺丰", new ShippingRate(Money.of("12.00"), Money.zero()),
            List.of());

    private CheckoutRequest order(CouponChoice coupon, PaymentPlan plan) {
        return new CheckoutRequest(List.of(CartLine.of(jacket, 1)), Optional.empty(), OrderSource.MOBILE_MALL,
                Optional.empty(), DeliveryMethod.EXPRESS, Optional.of(sf.id()), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), coupon, plan,
                Optional.empty(), true, false);
    }

    @Test
    void price_change_then_paid_by_the_merchant_shipped_and_confirmed_after_ten_days() {
        f.topUp(buyer, "50.00");
        Order order = f.checkout.checkout(buyer, order(CouponChoice.NONE,
                new PaymentPlan(Points.zero(), true, TenderType.ONLINE)));
        assertThat(order.total()).isEqualTo(Money.of("312.00"));
        assertThat(order.amountDue()).isEqualTo(Money.of("262.00"));

        Order changed = f.orders.adjustPrice(f.admin, order.id(), Money.of("100.00"), Money.of("10.00"),
                "加急定制", Optional.of(order.version()));
        assertThat(changed.goodsPayable()).isEqualTo(Money.of("400.00"));
        assertThat(changed.shippingPayable()).isEqualTo(Money.of("22.00"));
        assertThat(changed.total()).isEqualTo(Money.of("422.00"));
        assertThat(changed.amountDue()).isEqualTo(Money.of("372.00"));
        assertThat(changed.tenders().getFirst().amount()).isEqualTo(Money.of("50.00"));
        assertThat(changed.linePaidAmounts()).containsExactly(Money.of("400.00"));
        assertThat(changed.adjustments()).singleElement().satisfies(a -> {
            assertThat(a.staff()).isEqualTo("admin");
            assertThat(a.reason()).isEqualTo("加急定制");
        });
        // a minus reduces, but never below zero
        assertThatThrownBy(() -> f.orders.adjustPrice(f.admin, order.id(), Money.zero(), Money.of("-30.00"),
                "包邮", Optional.empty())).extracting("code").isEqualTo(ErrorCode.ORDER_PRICE_ADJUSTMENT_INVALID);
        assertThatThrownBy(() -> f.orders.adjustPrice(f.admin, order.id(), Money.of("-1.00"), Money.zero(),
                "stale", Optional.of(order.version()))).extracting("code").isEqualTo(ErrorCode.VERSION_MISMATCH);
        assertThatThrownBy(() -> f.orders.adjustPrice(f.admin, order.id(), Money.of("100000000.01"), Money.zero(),
                "too much", Optional.empty())).extracting("code").isEqualTo(ErrorCode.ORDER_PRICE_ADJUSTMENT_INVALID);
        assertThatThrownBy(() -> f.orders.adjustPrice(f.admin, order.id(), Money.of("1", "USD"), Money.zero(),
                "dollars", Optional.empty())).extracting("code").isEqualTo(ErrorCode.ORDER_PRICE_ADJUSTMENT_INVALID);
        assertThatThrownBy(() -> f.orders.adjustPrice(buyer, order.id(), Money.of("-100.00"), Money.zero(),
                "me", Optional.empty())).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);

        // 商家代客确认收款, then shipped
        Order paid = f.payments.recordPayment(f.admin, order.id(), "客户线下已付", Optional.empty());
        assertThat(paid.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThatThrownBy(() -> f.orders.adjustPrice(f.admin, order.id(), Money.of("1.00"), Money.zero(),
                "late", Optional.empty())).extracting("code").isEqualTo(ErrorCode.ORDER_INVALID_TRANSITION);
        f.fulfilment.changeAddress(buyer, order.id(), OrderFixture.address("李四"), Optional.empty());
        Order shipped = f.fulfilment.ship(f.admin, order.id(), new FulfilmentService.PackageRequest("顺丰",
                "SF9988", List.of(new ShipmentLine(0, 1))), Optional.empty());
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.delivery().address().orElseThrow().recipient()).isEqualTo("李四");
        assertThatThrownBy(() -> f.fulfilment.changeAddress(buyer, order.id(), OrderFixture.address("王五"),
                Optional.empty())).extracting("code").isEqualTo(ErrorCode.ORDER_INVALID_TRANSITION);

        // nine days on, nothing; ten days on, the system confirms receipt
        f.clock.advance(Duration.ofDays(9));
        assertThat(f.jobs.autoConfirm(f.clock.instant())).isZero();
        f.clock.advance(Duration.ofDays(1));
        assertThat(f.jobs.autoConfirm(f.clock.instant())).isEqualTo(1);
        Order completed = f.orders.order(buyer, order.id());
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.events().getLast().action()).isEqualTo(OrderAction.AUTO_CONFIRM);
        assertThat(completed.events().getLast().actorKind()).isEqualTo(Actor.Kind.SYSTEM);
        assertThat(f.jobs.autoConfirm(f.clock.instant())).isZero();
    }

    @Test
    void an_order_unpaid_for_thirty_minutes_closes_and_gives_back_coupon_stock_balance_and_points() {
        Coupon coupon = f.coupon(buyer, "10.00");
        f.topUp(buyer, "40.00");
        f.givePoints(buyer, 1000);
        Order order = f.checkout.checkout(buyer, order(new CouponChoice.Specific(coupon.id()),
                new PaymentPlan(Points.of(500), true, TenderType.ONLINE)));
        // 300.00 − 10.00 coupon + 12.00 shipping = 302.00; 5.00 in points, 40.00 balance, 257.00 online
        assertThat(order.amountDue()).isEqualTo(Money.of("257.00"));
        assertThat(f.reload(coupon).status()).isEqualTo(CouponStatus.RESERVED);
        assertThat(f.onHand(jacket)).isEqualTo(9);
        assertThat(f.balance(buyer)).isEqualTo(Money.zero());
        assertThat(f.points(buyer)).isEqualTo(Points.of(500));

        f.clock.advance(Duration.ofMinutes(29));
        assertThat(f.jobs.closeUnpaid(f.clock.instant())).isZero();
        f.clock.advance(Duration.ofMinutes(1));
        assertThat(f.jobs.closeUnpaid(f.clock.instant())).isEqualTo(1);

        Order closed = f.orders.order(buyer, order.id());
        assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(f.reload(coupon).status()).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(f.onHand(jacket)).isEqualTo(10);
        assertThat(f.balance(buyer)).isEqualTo(Money.of("40.00"));
        assertThat(f.points(buyer)).isEqualTo(Points.of(1000));
        assertThat(f.jobs.closeUnpaid(f.clock.instant())).isZero();
        // a late gateway callback finds the order closed
        assertThatThrownBy(() -> f.payments.confirmOnlinePayment(f.gateway, order.id(), "wx-late",
                Money.of("257.00"))).extracting("code").isEqualTo(ErrorCode.ORDER_INVALID_TRANSITION);
        assertThat(f.orders.order(buyer, order.id()).status()).isEqualTo(OrderStatus.CLOSED);
    }

    @Test
    void the_customer_cancels_an_unpaid_order_and_staff_void_a_paid_one_with_the_same_releases() {
        Coupon coupon = f.coupon(buyer, "10.00");
        f.topUp(buyer, "400.00");
        Order cancelled = f.orders.cancel(buyer, f.checkout.checkout(buyer, order(CouponChoice.NONE,
                new PaymentPlan(Points.zero(), false, TenderType.ONLINE))).id());
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(f.onHand(jacket)).isEqualTo(10);

        Order paidAtOnce = f.checkout.checkout(buyer, order(new CouponChoice.Specific(coupon.id()),
                new PaymentPlan(Points.zero(), true, TenderType.ONLINE)));
        assertThat(paidAtOnce.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(f.reload(coupon).status()).isEqualTo(CouponStatus.USED);
        assertThat(f.balance(buyer)).isEqualTo(Money.of("98.00"));
        assertThatThrownBy(() -> f.orders.voidOrder(f.admin, paidAtOnce.id(), " ", Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_INVALID);

        Order voided = f.orders.voidOrder(f.admin, paidAtOnce.id(), "缺货", Optional.empty());
        assertThat(voided.status()).isEqualTo(OrderStatus.VOIDED);
        assertThat(f.reload(coupon).status()).isEqualTo(CouponStatus.AVAILABLE);
        assertThat(f.balance(buyer)).isEqualTo(Money.of("400.00"));
        assertThat(f.onHand(jacket)).isEqualTo(10);
        assertThat(voided.events().getLast().note()).contains("缺货");
    }
}
