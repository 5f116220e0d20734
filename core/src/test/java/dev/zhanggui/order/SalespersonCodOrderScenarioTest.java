package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Seed 000 (快马批发): a salesperson orders for a shop owner (代客下单) as a draft, submits it to be
 * paid on delivery, ships it in two packages; the customer confirms receipt and the merchant settles
 * the cash on delivery. Until then the customer cannot order again.
 */
class SalespersonCodOrderScenarioTest {
    private final OrderFixture f = new OrderFixture();

    private CheckoutRequest staffOrder(Actor customer, List<CartLine> lines, TenderType rest, boolean draft) {
        return new CheckoutRequest(lines, Optional.of(f.idOf(customer)), OrderSource.SALESPERSON,
                Optional.of(f.salesperson.subject()), DeliveryMethod.EXPRESS,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("送到后门"), CouponChoice.NONE,
                new PaymentPlan(Points.zero(), false, rest), Optional.empty(), true, draft);
    }

    @Test
    void a_salesperson_order_paid_on_delivery_from_draft_to_settled() {
        Actor shopOwner = f.customer();
        SkuId water = f.sku("矿泉水 24瓶", "36.00", 100);
        SkuId noodles = f.sku("方便面 12包", "30.00", 100);

        // 待提交: a draft holds nothing yet
        Order draft = f.checkout.checkout(f.salesperson, staffOrder(shopOwner,
                List.of(CartLine.of(water, 3), CartLine.of(noodles, 2)), TenderType.COD, true));
        assertThat(draft.status()).isEqualTo(OrderStatus.DRAFT);
        assertThat(draft.number()).startsWith("2106520261123").hasSize(18);
        assertThat(draft.origin().source()).isEqualTo(OrderSource.SALESPERSON);
        assertThat(draft.origin().salesperson()).contains("sales-wang");
        assertThat(draft.total()).isEqualTo(Money.of("168.00"));
        assertThat(f.onHand(water)).isEqualTo(100);

        // submitted: a first order may be cash on delivery, so it goes straight to shipping, unpaid
        Order submitted = f.checkout.submitDraft(f.salesperson, draft.id(), Optional.of(draft.version()));
        assertThat(submitted.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(submitted.fullyPaid()).isFalse();
        assertThat(submitted.amountDue()).isEqualTo(Money.zero());
        assertThat(submitted.tenders()).extracting(Tender::type).containsExactly(TenderType.COD);
        assertThat(f.onHand(water)).isEqualTo(97);
        assertThat(f.onHand(noodles)).isEqualTo(98);

        // an unsettled COD order blocks the next one
        assertThatThrownBy(() -> f.checkout.checkout(shopOwner, CheckoutRequest.of(List.of(CartLine.of(water, 1)),
                new PaymentPlan(Points.zero(), false, TenderType.ONLINE))))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.ORDER_UNSETTLED_COD);

        // 多包裹: the water first, the order stays to ship; then the noodles, and it is shipped
        Order partly = f.fulfilment.ship(f.admin, submitted.id(), new FulfilmentService.PackageRequest("顺丰",
                "SF1001", List.of(new ShipmentLine(0, 3))), Optional.empty());
        assertThat(partly.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThatThrownBy(() -> f.fulfilment.ship(f.admin, submitted.id(), new FulfilmentService.PackageRequest(
                "顺丰", "SF1002", List.of(new ShipmentLine(0, 1))), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_SHIPMENT_INVALID);
        Order shipped = f.fulfilment.ship(f.admin, submitted.id(), new FulfilmentService.PackageRequest("中通",
                "ZT2002", List.of(new ShipmentLine(1, 2))), Optional.empty());
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(shipped.shipments()).hasSize(2);
        assertThat(shipped.receiptDue()).contains(OrderFixture.NOW.plus(java.time.Duration.ofDays(10)));

        // the shop owner confirms receipt; settling the cash is a separate step
        Order received = f.fulfilment.confirmReceipt(shopOwner, submitted.id());
        assertThat(received.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(received.hasUnsettledCashOnDelivery()).isTrue();
        Order settled = f.payments.settleCashOnDelivery(f.admin, submitted.id(), "现金 168.00", Optional.empty());
        assertThat(settled.fullyPaid()).isTrue();
        assertThat(settled.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThatThrownBy(() -> f.payments.settleCashOnDelivery(f.admin, submitted.id(), "again", Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_NOTHING_TO_SETTLE);

        // the order messages tell the whole story, to the customer too
        assertThat(f.orders.events(shopOwner, submitted.id())).extracting(OrderEvent::action).containsExactly(
                OrderAction.SAVE_DRAFT, OrderAction.PLACE, OrderAction.SHIP, OrderAction.SHIP,
                OrderAction.CONFIRM_RECEIPT, OrderAction.SETTLE_COD);
        assertThat(f.orders.events(shopOwner, submitted.id()).get(1).actor()).isEqualTo("sales-wang");

        // settled: the next order is allowed again (paying before shipping, being a returning customer)
        Order next = f.checkout.checkout(shopOwner, CheckoutRequest.of(List.of(CartLine.of(water, 1)),
                new PaymentPlan(Points.zero(), false, TenderType.ONLINE)));
        assertThat(next.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(next.number()).isEqualTo("21065202611230000" + 2);
    }

    @Test
    void the_transition_table_refuses_what_it_does_not_list_and_names_the_status() {
        Actor customer = f.customer();
        SkuId tea = f.sku("茶叶", "50.00", 10);
        Order order = f.checkout.checkout(f.salesperson, staffOrder(customer, List.of(CartLine.of(tea, 1)),
                TenderType.CASH, false));
        assertThat(order.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThatThrownBy(() -> f.fulfilment.confirmReceipt(customer, order.id()))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("PENDING_PAYMENT")
                .extracting("code").isEqualTo(ErrorCode.ORDER_INVALID_TRANSITION);
        assertThatThrownBy(() -> f.fulfilment.ship(f.admin, order.id(), new FulfilmentService.PackageRequest("顺丰",
                "SF1", List.of(new ShipmentLine(0, 1))), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_INVALID_TRANSITION);
        Order paid = f.payments.recordPayment(f.cashier, order.id(), "现金", Optional.of(order.version()));
        assertThat(paid.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(paid.tenders().getFirst().reference()).contains("现金");
        assertThatThrownBy(() -> f.orders.cancel(customer, order.id()))
                .extracting("code").isEqualTo(ErrorCode.ORDER_ALREADY_PAID);
        assertThatThrownBy(() -> f.checkout.checkout(customer, CheckoutRequest.of(List.of(CartLine.of(tea, 1)),
                new PaymentPlan(Points.zero(), false, TenderType.CASH))))
                .extracting("code").isEqualTo(ErrorCode.ORDER_TENDER_INVALID);
        Order voided = f.orders.voidOrder(f.admin, order.id(), "客户不要了", Optional.empty());
        assertThat(voided.status()).isEqualTo(OrderStatus.VOIDED);
        assertThat(f.onHand(tea)).isEqualTo(10);
    }
}
