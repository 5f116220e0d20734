package dev.zhanggui.order;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.UnitPrice;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order's side of after-sales: recording refunds, the REFUND rows, what is left to ship and to refund. */
class OrderRefundTest {
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static final MerchantId SHOP = MerchantId.of("shop");
    private static final Actor STAFF = Actor.staff(SHOP, "staff");

    /** Two lines (2 × 10.00, 1 × 5.00), 3.00 shipping, paid 28.00 by the given rest tender. */
    private static Order paid(TenderType rest) {
        OrderContents contents = new OrderContents(List.of(line(0, 2, "10.00"), line(1, 1, "5.00")),
                Money.of("25.00"), Money.zero(), Money.zero(), Money.of("3.00"), Optional.empty(),
                Delivery.express(Optional.empty(), OrderFixture.address("张三")), Optional.empty(), Optional.empty(),
                Optional.empty());
        Order order = Order.draft(new OrderId(UUID.randomUUID()), SHOP, "N1", new OrderOrigin(
                new CustomerId(UUID.randomUUID()), OrderSource.MOBILE_MALL, Optional.empty()), contents,
                new PaymentPlan(null, false, rest), OrderTimers.DEFAULT, Optional.empty(), STAFF, NOW);
        order.place(List.of(rest == TenderType.COD ? Tender.unsettled(TenderType.COD, Money.of("28.00"))
                : Tender.settled(rest, Money.of("28.00"), "N1:" + rest, NOW)), STAFF, NOW);
        return order;
    }

    private static OrderLine line(int index, int quantity, String unit) {
        Money price = Money.of(unit);
        SkuDescription sku = new SkuDescription(new SkuId(UUID.randomUUID()), new ProductId(UUID.randomUUID()), "P",
                "S", List.of());
        return new OrderLine(index, sku, Optional.empty(), quantity, price, UnitPrice.list(price),
                price.times(quantity), Money.zero(), Money.zero(), price.times(quantity), List.of());
    }

    private static OrderRefund refund(String reference, int line, int quantity, String amount, boolean shipped,
                                      String shipping, TenderType tender) {
        Money total = Money.of(amount).plus(Money.of(shipping));
        return new OrderRefund(reference, List.of(new OrderRefund.RefundedLine(line, quantity, Money.of(amount),
                shipped)), Money.of(shipping), List.of(new OrderRefund.RefundedTender(tender, total, Points.zero())), NOW);
    }

    @Test
    void refunds_before_shipping_cancel_units_and_the_last_one_closes_the_order() {
        Order order = paid(TenderType.CREDIT);
        assertThat(order.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(order.recordRefund(refund("r1", 0, 1, "10.00", false, "0.00", TenderType.CREDIT), STAFF, NOW))
                .isTrue();
        assertThat(order.recordRefund(refund("r1", 0, 1, "10.00", false, "0.00", TenderType.CREDIT), STAFF, NOW))
                .isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(order.refunds().cancelled(0)).isEqualTo(1);
        assertThat(order.refunds().from(TenderType.CREDIT)).isEqualTo(Money.of("10.00"));
        assertThatThrownBy(() -> order.recordRefund(refund("r2", 0, 2, "20.00", false, "0.00", TenderType.CREDIT),
                STAFF, NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> order.recordRefund(refund("r2", 0, 1, "10.00", false, "9.00", TenderType.CREDIT),
                STAFF, NOW)).isInstanceOf(IllegalArgumentException.class);

        OrderRefund rest = new OrderRefund("r3", List.of(new OrderRefund.RefundedLine(0, 1, Money.of("10.00"), false),
                new OrderRefund.RefundedLine(1, 1, Money.of("5.00"), false)), Money.of("3.00"),
                List.of(new OrderRefund.RefundedTender(TenderType.CREDIT, Money.of("18.00"), Points.zero())), NOW);
        order.recordRefund(rest, STAFF, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(order.everyUnitRefunded()).isTrue();
        assertThat(order.refunds().total()).isEqualTo(order.total());
        assertThat(order.events().getLast().action()).isEqualTo(OrderAction.REFUND);
        assertThatThrownBy(() -> order.recordRefund(refund("r4", 1, 1, "5.00", false, "0.00", TenderType.CREDIT),
                STAFF, NOW)).extracting("code").isEqualTo(ErrorCode.ORDER_INVALID_TRANSITION);
    }

    @Test
    void cancelling_the_last_units_still_to_ship_ships_the_order_and_they_cannot_be_shipped() {
        Order order = paid(TenderType.CREDIT);
        order.ship(new Shipment(UUID.randomUUID(), "顺丰", "SF1", List.of(new ShipmentLine(0, 2)), "staff", NOW),
                STAFF, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThatThrownBy(() -> order.recordRefund(refund("r1", 0, 1, "10.00", false, "0.00", TenderType.CREDIT),
                STAFF, NOW)).isInstanceOf(IllegalArgumentException.class);
        order.recordRefund(refund("r1", 1, 1, "5.00", false, "0.00", TenderType.CREDIT), STAFF, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.receiptDue()).isPresent();
        assertThat(order.everythingShipped()).isTrue();
    }

    @Test
    void refunds_need_the_order_paid_in_full_and_a_status_of_the_table() {
        Order cod = paid(TenderType.COD);
        assertThat(OrderLifecycle.vetoes(cod, OrderAction.REFUND, NOW)).containsExactly(OrderVeto.UNPAID_AMOUNT_REMAINS);
        assertThat(OrderLifecycle.allowedFrom(OrderAction.REFUND)).containsExactlyInAnyOrder(OrderStatus.PENDING_REVIEW,
                OrderStatus.TO_SHIP, OrderStatus.CANCELLING, OrderStatus.SHIPPED, OrderStatus.COMPLETED);
        Order order = paid(TenderType.CREDIT);
        order.ship(new Shipment(UUID.randomUUID(), "顺丰", "SF1", List.of(new ShipmentLine(0, 2), new ShipmentLine(1, 1)),
                "staff", NOW), STAFF, NOW);
        order.recordRefund(refund("r1", 0, 2, "20.00", true, "0.00", TenderType.CREDIT), STAFF, NOW);
        order.recordRefund(refund("r2", 1, 1, "5.00", true, "0.00", TenderType.CREDIT), STAFF, NOW);
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.everyUnitRefunded()).isTrue();
        assertThat(order.refunds().total()).isEqualTo(order.goodsPayable());
    }
}
