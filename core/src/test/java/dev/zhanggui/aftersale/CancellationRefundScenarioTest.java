package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.zhanggui.aftersale.AfterSaleFixture.line;
import static dev.zhanggui.aftersale.AfterSaleFixture.units;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A paid order the customer asked to cancel (取消中) is refunded by after-sales: every unit, the
 * shipping, back to each tender; the order closes and gives back stock and coupon.
 */
class CancellationRefundScenarioTest {
    private final AfterSaleFixture f = new AfterSaleFixture("5.00", new DefaultRefundAllocationPolicy());
    private final Actor buyer = f.customer();
    private final SkuId soap = f.sku("香皂", "8.00", 10);

    @Test
    void a_cancelling_order_is_refunded_in_full_and_closed() {
        f.givePoints(buyer, 1000);
        f.topUp(buyer, "10.00");
        Coupon coupon = f.coupon(buyer, "3.00");
        Order order = f.paidOrder(buyer, new PaymentPlan(Points.of(500), true, TenderType.ONLINE), Optional.of(coupon),
                line(soap, 4));
        // 32.00 − 3.00 + 5.00 = 34.00: 500 points = 5.00, 10.00 balance, 19.00 online
        assertThat(order.total()).isEqualTo(Money.of("34.00"));
        assertThatThrownBy(() -> f.refunds.refundCancellation(f.staff, order.id(), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.REFUND_ORDER_NOT_CANCELLING);
        f.orders.requestCancellation(buyer, order.id(), "买错了");

        Refund refund = f.refunds.refundCancellation(f.staff, order.id(), Optional.of("客户取消"));
        assertThat(refund.origin()).isEqualTo(Refund.Origin.CANCELLATION);
        assertThat(refund.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(refund.amount()).isEqualTo(Money.of("34.00"));
        assertThat(refund.shipping()).isEqualTo(Money.of("5.00"));
        assertThat(f.order(order.id()).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(f.points(buyer)).isEqualTo(Points.of(1000));
        assertThat(f.balance(buyer)).isEqualTo(Money.of("10.00"));
        assertThat(f.gateway.refunds()).singleElement().extracting(r -> r.refundFen()).isEqualTo(1900L);
        assertThat(f.onHand(soap)).isEqualTo(10);
        assertThat(f.reload(coupon).status()).isEqualTo(CouponStatus.AVAILABLE);

        assertThat(f.refunds.refundCancellation(f.admin, order.id(), Optional.empty()).id()).isEqualTo(refund.id());
        assertThat(f.gateway.refunds()).hasSize(1);
        assertThat(f.refunds.refundsOf(buyer, order.id())).singleElement().extracting(Refund::id)
                .isEqualTo(refund.id());
    }

    @Test
    void open_requests_of_a_cancelling_order_are_decided_first() {
        Order order = f.paidOnline(buyer, line(soap, 2));
        AfterSale asked = f.afterSales.request(buyer, f.request(order, AfterSaleType.REFUND_ONLY, units(0, 1)));
        f.orders.requestCancellation(buyer, order.id(), "不要了");
        assertThatThrownBy(() -> f.afterSales.request(buyer, f.request(order, AfterSaleType.REFUND_ONLY,
                units(0, 1)))).extracting("code").isEqualTo(ErrorCode.AFTERSALE_ORDER_NOT_ELIGIBLE);
        assertThatThrownBy(() -> f.refunds.refundCancellation(f.staff, order.id(), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.AFTERSALE_LINE_HAS_OPEN_REQUEST);

        f.afterSales.refund(f.staff, asked.id(), Optional.empty());
        assertThat(f.order(order.id()).status()).isEqualTo(OrderStatus.CANCELLING);
        Refund rest = f.refunds.refundCancellation(f.staff, order.id(), Optional.empty());
        // the last unit and, the whole order now being refunded before shipping, the 5.00 shipping
        assertThat(rest.amount()).isEqualTo(Money.of("13.00"));
        assertThat(f.order(order.id()).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(f.order(order.id()).refunds().total()).isEqualTo(Money.of("21.00"));
    }
}
