package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.payment.PaymentConfirmation;
import dev.zhanggui.payment.PaymentNotice;
import dev.zhanggui.payment.PaymentRefund;
import dev.zhanggui.payment.PaymentStatus;
import dev.zhanggui.payment.StartedPayment;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Use case: the customer's money arrives after the order can no longer take it (关闭后到账). The
 * unpaid-order job closed it, the customer cancelled it, staff voided it, or another payment paid
 * it; the gateway's notification is still acknowledged, the payment is recorded as paid and
 * refunded whole to the payer through the same gateway with a reason, the order message says so,
 * and the order stays where it was. Repeats change nothing; a failed refund is retried by the
 * gateway's next notification.
 */
class LatePaymentScenarioTest {
    private final OrderFixture f = new OrderFixture();
    private final OnlinePaymentFixture p = new OnlinePaymentFixture(f);
    private final Actor buyer = f.customer();
    private final SkuId tea = f.sku("龙井 250g", "88.00", 5);

    @Test
    void money_for_an_order_the_job_closed_goes_back_to_the_payer_once() {
        Order order = onlineOrder();
        StartedPayment started = p.online.start(buyer, order.id());
        f.clock.advance(Duration.ofMinutes(31));
        assertThat(f.jobs.closeUnpaid(f.clock.instant())).isEqualTo(1);

        PaymentConfirmation late = pay(started, 8800);
        assertThat(late.refused()).isFalse();
        assertThat(late.outcome()).isEqualTo(PaymentNotice.Outcome.DECLINED);
        assertThat(late.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(p.gateway.refunds()).singleElement().satisfies(r -> {
            assertThat(r.outTradeNo()).isEqualTo(started.payment().outTradeNo());
            assertThat(r.refundFen()).isEqualTo(8800L);
            assertThat(r.totalFen()).isEqualTo(8800L);
        });
        PaymentRefund refund = p.paymentService.refundOf(f.admin, started.payment().id()).orElseThrow();
        assertThat(refund.reason()).isEqualTo("ORDER_CLOSED");
        assertThat(refund.status()).isEqualTo(PaymentRefund.Status.SUCCEEDED);
        assertThat(refund.amount()).isEqualTo(Money.of("88.00"));

        Order closed = f.orders.order(buyer, order.id());
        assertThat(closed.status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(closed.tenders()).noneMatch(Tender::isSettled);
        assertThat(closed.events()).extracting(OrderEvent::action)
                .containsExactly(OrderAction.PLACE, OrderAction.CLOSE, OrderAction.REFUND_LATE_PAYMENT);
        assertThat(closed.events().getLast().note()).hasValueSatisfying(n -> assertThat(n)
                .contains(started.payment().id().toString(), "88.00", "ORDER_CLOSED"));
        assertThat(f.onHand(tea)).isEqualTo(5);

        PaymentConfirmation again = pay(started, 8800);
        assertThat(again.refused()).isFalse();
        assertThat(again.outcome()).isEqualTo(PaymentNotice.Outcome.REPEATED);
        assertThat(p.gateway.refunds()).hasSize(1);
        assertThat(f.orders.order(buyer, order.id()).events()).hasSize(3);
        assertThat(p.paymentService.notices(f.admin, started.payment().id())).extracting(PaymentNotice::outcome)
                .containsExactly(PaymentNotice.Outcome.DECLINED, PaymentNotice.Outcome.REPEATED);
    }

    @Test
    void cancelled_voided_and_otherwise_paid_orders_refund_with_their_reason() {
        Order cancelled = onlineOrder();
        StartedPayment forCancelled = p.online.start(buyer, cancelled.id());
        f.orders.cancel(buyer, cancelled.id());
        Order voided = onlineOrder();
        StartedPayment forVoided = p.online.start(buyer, voided.id());
        f.orders.voidOrder(f.admin, voided.id(), "customer phoned", Optional.empty());
        Order paidTwice = onlineOrder();
        StartedPayment first = p.online.start(buyer, paidTwice.id());
        StartedPayment second = p.online.start(buyer, paidTwice.id());

        pay(forCancelled, 8800);
        pay(forVoided, 8800);
        pay(first, 8800);
        PaymentConfirmation twice = pay(second, 8800);

        assertThat(reason(forCancelled)).isEqualTo("ORDER_CLOSED");
        assertThat(reason(forVoided)).isEqualTo("ORDER_VOIDED");
        assertThat(reason(second)).isEqualTo("ORDER_PAID_OTHERWISE");
        assertThat(p.paymentService.refundOf(f.admin, first.payment().id())).isEmpty();
        assertThat(twice.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
        Order paid = f.orders.order(buyer, paidTwice.id());
        assertThat(paid.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(paid.tenders()).filteredOn(t -> t.type() == TenderType.ONLINE).singleElement()
                .satisfies(t -> assertThat(t.reference()).contains(first.payment().id().toString()));
        assertThat(f.orders.order(f.admin, voided.id()).status()).isEqualTo(OrderStatus.VOIDED);
        assertThat(p.gateway.refunds()).extracting(r -> r.outTradeNo()).containsExactly(
                forCancelled.payment().outTradeNo(), forVoided.payment().outTradeNo(), second.payment().outTradeNo());
    }

    @Test
    void a_payment_started_before_a_price_change_is_refunded_and_the_order_still_waits_for_payment() {
        Order order = onlineOrder();
        StartedPayment before = p.online.start(buyer, order.id());
        f.orders.adjustPrice(f.admin, order.id(), Money.of("-8.00"), Money.zero(), "regular customer", Optional.empty());

        pay(before, 8800);

        assertThat(reason(before)).isEqualTo("ORDER_AMOUNT_CHANGED");
        Order waiting = f.orders.order(buyer, order.id());
        assertThat(waiting.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        StartedPayment after = p.online.start(buyer, order.id());
        assertThat(after.payment().amount()).isEqualTo(Money.of("80.00"));
        pay(after, 8000);
        assertThat(f.orders.order(buyer, order.id()).status()).isEqualTo(OrderStatus.TO_SHIP);
    }

    @Test
    void a_refund_the_gateway_failed_is_answered_as_a_refusal_and_retried_by_the_next_notification() {
        Order order = onlineOrder();
        StartedPayment started = p.online.start(buyer, order.id());
        f.orders.cancel(buyer, order.id());
        p.gateway.failNextRefunds(1);

        PaymentConfirmation failed = pay(started, 8800);
        assertThat(failed.refusal()).contains(ErrorCode.REFUND_GATEWAY_FAILED);
        assertThat(failed.payment().status()).isEqualTo(PaymentStatus.PAID);
        assertThat(p.paymentService.refundOf(f.admin, started.payment().id())).hasValueSatisfying(r -> {
            assertThat(r.status()).isEqualTo(PaymentRefund.Status.FAILED);
            assertThat(r.attempts()).isEqualTo(1);
        });

        PaymentConfirmation retried = pay(started, 8800);
        assertThat(retried.refused()).isFalse();
        assertThat(retried.payment().status()).isEqualTo(PaymentStatus.REFUNDED);
        assertThat(p.paymentService.refundOf(f.admin, started.payment().id()).orElseThrow().status())
                .isEqualTo(PaymentRefund.Status.SUCCEEDED);
        assertThat(p.gateway.refundedFen(started.payment().outTradeNo())).isEqualTo(8800L);
        // the order message is written once, by the notification that confirmed the payment
        assertThat(f.orders.events(buyer, order.id())).extracting(OrderEvent::action)
                .containsExactly(OrderAction.PLACE, OrderAction.CANCEL, OrderAction.REFUND_LATE_PAYMENT);
        pay(started, 8800);
        assertThat(p.gateway.refunds()).hasSize(1);
    }

    private Order onlineOrder() {
        return f.checkout.checkout(buyer, CheckoutRequest.of(List.of(new CartLine(tea, 1, Optional.empty())),
                new PaymentPlan(Points.zero(), false, TenderType.ONLINE)));
    }

    private PaymentConfirmation pay(StartedPayment started, long fen) {
        Map.Entry<String, Map<String, String>> notice = p.gateway.notificationOf(started.payment().outTradeNo(), fen,
                f.clock.instant());
        return p.paymentService.confirm("sandbox", notice.getKey(), notice.getValue());
    }

    private String reason(StartedPayment started) {
        return p.paymentService.refundOf(f.admin, started.payment().id()).orElseThrow().reason();
    }
}
