package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A paid order's cancellation goes to after-sales (取消中) instead of closing; once a package is
 * shipped, neither cancellation nor voiding is possible; staff may confirm receipt for a customer.
 */
class CancellationScenarioTest {
    private final OrderFixture f = new OrderFixture();
    private final Actor buyer = f.customer();
    private final SkuId soap = f.sku("香皂", "8.00", 10);

    private Order paidOrder(int quantity) {
        Order order = f.checkout.checkout(buyer, CheckoutRequest.of(List.of(CartLine.of(soap, quantity)),
                new PaymentPlan(Points.zero(), false, TenderType.ONLINE)));
        return f.payments.confirmOnlinePayment(f.gateway, order.id(), "wx-" + order.number(), order.amountDue())
                .order();
    }

    @Test
    void a_paid_order_is_not_cancelled_but_asked_to_be_refunded() {
        Order paid = paidOrder(1);
        assertThatThrownBy(() -> f.orders.cancel(buyer, paid.id()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_ALREADY_PAID);
        Order cancelling = f.orders.requestCancellation(buyer, paid.id(), "买错了");
        assertThat(cancelling.status()).isEqualTo(OrderStatus.CANCELLING);
        assertThat(f.onHand(soap)).isEqualTo(9);
        assertThatThrownBy(() -> f.orders.voidOrder(f.admin, paid.id(), "x", Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_INVALID_TRANSITION);
    }

    @Test
    void a_cash_on_delivery_order_not_shipped_yet_is_cancelled_outright() {
        Order cod = f.checkout.checkout(buyer, CheckoutRequest.of(List.of(CartLine.of(soap, 3)),
                new PaymentPlan(Points.zero(), false, TenderType.COD)));
        assertThat(cod.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(f.onHand(soap)).isEqualTo(7);
        Order cancelled = f.orders.cancel(buyer, cod.id());
        assertThat(cancelled.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(cancelled.hasUnsettledCashOnDelivery()).isFalse();
        assertThat(f.onHand(soap)).isEqualTo(10);
        // and the closed COD order does not block the next one
        assertThat(f.checkout.checkout(buyer, CheckoutRequest.of(List.of(CartLine.of(soap, 1)),
                new PaymentPlan(Points.zero(), false, TenderType.COD))).status()).isEqualTo(OrderStatus.TO_SHIP);
    }

    @Test
    void after_a_first_package_neither_cancellation_nor_voiding_and_staff_confirm_receipt() {
        Order paid = paidOrder(2);
        f.fulfilment.ship(f.admin, paid.id(), new FulfilmentService.PackageRequest("顺丰", "SF1",
                List.of(new ShipmentLine(0, 1))), Optional.empty());
        assertThatThrownBy(() -> f.orders.requestCancellation(buyer, paid.id(), "太慢"))
                .extracting("code").isEqualTo(ErrorCode.ORDER_ALREADY_SHIPPED);
        assertThatThrownBy(() -> f.orders.voidOrder(f.admin, paid.id(), "作废", Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_ALREADY_SHIPPED);
        assertThatThrownBy(() -> f.fulfilment.changeAddress(buyer, paid.id(), OrderFixture.address("李四"),
                Optional.empty())).extracting("code").isEqualTo(ErrorCode.ORDER_ALREADY_SHIPPED);

        List<FulfilmentService.BatchResult> batch = f.fulfilment.shipAll(f.admin,
                List.of(paid.id(), paid.id()), "顺丰", List.of("SF2", "SF3"));
        assertThat(batch.get(0).shipped().orElseThrow().status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(batch.get(1).refused().orElseThrow().code()).isEqualTo(ErrorCode.ORDER_INVALID_TRANSITION);

        Order received = f.fulfilment.confirmReceipt(f.admin, paid.id());
        assertThat(received.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(received.events().getLast().actorKind()).isEqualTo(Actor.Kind.STAFF_ADMIN);
        assertThat(f.orders.list(f.admin, OrderFilter.ALL, dev.zhanggui.shared.PageRequest.first(10)).queryTotal())
                .isEqualTo(Money.of("16.00"));
    }
}
