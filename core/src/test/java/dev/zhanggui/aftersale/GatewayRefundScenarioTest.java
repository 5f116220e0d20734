package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static dev.zhanggui.aftersale.AfterSaleFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Online money goes back through the gateway: a refund that fails stays visible and is retried with
 * the same refund number, so it is never paid twice; one still processing is confirmed by the
 * gateway's notification, once.
 */
class GatewayRefundScenarioTest {
    private final AfterSaleFixture f = new AfterSaleFixture();
    private final Actor buyer = f.customer();
    private final SkuId pot = f.sku("砂锅", "45.00", 5);

    private AfterSale requested() {
        f.topUp(buyer, "15.00");
        Order order = f.paidOrder(buyer, new PaymentPlan(Points.zero(), true, TenderType.ONLINE), Optional.empty(),
                line(pot, 1));
        return f.afterSales.request(buyer, AfterSaleRequest.wholeOrder(order.id(), AfterSaleType.REFUND_ONLY,
                "NO_LONGER_WANTED"));
    }

    @Test
    void a_failed_gateway_refund_stays_visible_and_a_retry_pays_once() {
        AfterSale asked = requested();
        f.gateway.failNextRefunds(1);
        AfterSale refunding = f.afterSales.refund(f.staff, asked.id(), Optional.empty());
        assertThat(refunding.status()).isEqualTo(AfterSaleStatus.REFUNDING);
        Refund failed = f.refundOf(refunding);
        assertThat(failed.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(failed.parts()).extracting(RefundPart::destination, RefundPart::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple(RefundDestination.BALANCE, RefundPartStatus.SUCCEEDED),
                org.assertj.core.groups.Tuple.tuple(RefundDestination.PAYMENT_GATEWAY, RefundPartStatus.FAILED));
        assertThat(failed.parts().get(1).outcome().orElseThrow()).startsWith("REFUND_GATEWAY_FAILED");
        assertThat(f.refunds.unsettled(f.staff)).extracting(Refund::id).containsExactly(failed.id());
        assertThat(f.balance(buyer)).isEqualTo(Money.of("15.00"));

        Refund retried = f.refunds.retry(f.staff, failed.id());
        assertThat(retried.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(retried.parts().get(1).attempts()).isEqualTo(2);
        assertThat(f.afterSales.one(buyer, asked.id()).status()).isEqualTo(AfterSaleStatus.REFUNDED);
        assertThat(f.gateway.refunds()).singleElement().extracting(r -> r.refundFen()).isEqualTo(3000L);
        assertThat(f.balance(buyer)).isEqualTo(Money.of("15.00"));
        assertThat(f.refunds.unsettled(f.staff)).isEmpty();
        assertThatThrownBy(() -> f.refunds.retry(f.staff, failed.id()))
                .extracting("code").isEqualTo(ErrorCode.REFUND_NOT_RETRYABLE);
    }

    @Test
    void a_refund_still_processing_is_confirmed_by_the_gateway_once() {
        AfterSale asked = requested();
        f.gateway.processRefunds(true);
        AfterSale refunding = f.afterSales.refund(f.staff, asked.id(), Optional.empty());
        assertThat(refunding.status()).isEqualTo(AfterSaleStatus.REFUNDING);
        Refund pending = f.refundOf(refunding);
        assertThat(pending.status()).isEqualTo(RefundStatus.PENDING);
        assertThatThrownBy(() -> f.refunds.retry(f.staff, pending.id()))
                .extracting("code").isEqualTo(ErrorCode.REFUND_NOT_RETRYABLE);

        Actor callback = Actor.system(AfterSaleFixture.SHOP, "payment:sandbox");
        Refund confirmed = f.refunds.confirmGatewayRefund(callback, pending.id().outRefundNo(), true, "R-done");
        assertThat(confirmed.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(f.afterSales.one(buyer, asked.id()).status()).isEqualTo(AfterSaleStatus.REFUNDED);
        Refund repeated = f.refunds.confirmGatewayRefund(callback, pending.id().outRefundNo(), true, "R-done");
        assertThat(repeated.version()).isEqualTo(confirmed.version());
        assertThatThrownBy(() -> f.refunds.confirmGatewayRefund(callback, "nope", true, "x"))
                .extracting("code").isEqualTo(ErrorCode.REFUND_NOT_FOUND);
    }

    @Test
    void a_refund_the_gateway_reports_failed_is_retried() {
        AfterSale asked = requested();
        f.gateway.processRefunds(true);
        Refund pending = f.refundOf(f.afterSales.refund(f.staff, asked.id(), Optional.empty()));
        Actor callback = Actor.system(AfterSaleFixture.SHOP, "payment:sandbox");
        Refund failed = f.refunds.confirmGatewayRefund(callback, pending.id().outRefundNo(), false, "账户异常");
        assertThat(failed.status()).isEqualTo(RefundStatus.FAILED);
        f.gateway.processRefunds(false);
        assertThat(f.refunds.retry(f.staff, failed.id()).status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(f.gateway.refunds()).hasSize(1);
    }

    @Test
    void the_gateways_signed_notification_confirms_a_processing_refund_once() {
        AfterSale asked = requested();
        f.gateway.processRefunds(true);
        Refund pending = f.refundOf(f.afterSales.refund(f.staff, asked.id(), Optional.empty()));
        long fen = pending.parts().get(1).amount().minorUnits();
        var forged = f.gateway.refundNotificationOf(pending.id().outRefundNo(), true, fen);
        assertThatThrownBy(() -> f.refunds.receiveGatewayNotification("sandbox", forged.getKey(),
                java.util.Map.of(dev.zhanggui.payment.inmemory.InMemoryPaymentGateway.SIGNATURE, "forged")))
                .extracting("code").isEqualTo(ErrorCode.PAYMENT_SIGNATURE_INVALID);
        var wrongAmount = f.gateway.refundNotificationOf(pending.id().outRefundNo(), true, fen + 1);
        assertThatThrownBy(() -> f.refunds.receiveGatewayNotification("sandbox", wrongAmount.getKey(),
                wrongAmount.getValue())).extracting("code").isEqualTo(ErrorCode.PAYMENT_AMOUNT_MISMATCH);
        var elsewhere = f.otherGateway.refundNotificationOf(pending.id().outRefundNo(), true, fen);
        assertThatThrownBy(() -> f.refunds.receiveGatewayNotification("other", elsewhere.getKey(), elsewhere.getValue()))
                .as("signed by a gateway that did not take the payment").extracting("code")
                .isEqualTo(ErrorCode.PAYMENT_NOTIFICATION_INVALID);
        var unknown = f.gateway.refundNotificationOf("0".repeat(32), true, fen);
        assertThatThrownBy(() -> f.refunds.receiveGatewayNotification("sandbox", unknown.getKey(), unknown.getValue()))
                .extracting("code").isEqualTo(ErrorCode.REFUND_NOT_FOUND);
        assertThat(f.refunds.refund(f.staff, pending.id()).status()).isEqualTo(RefundStatus.PENDING);

        var failed = f.gateway.refundNotificationOf(pending.id().outRefundNo(), false, fen);
        Refund abnormal = f.refunds.receiveGatewayNotification("sandbox", failed.getKey(), failed.getValue());
        assertThat(abnormal.status()).isEqualTo(RefundStatus.FAILED);
        assertThat(f.refunds.unsettled(f.staff)).extracting(Refund::id).containsExactly(pending.id());
        Refund retried = f.refunds.retry(f.staff, pending.id());
        assertThat(retried.status()).as("asked again: still processing").isEqualTo(RefundStatus.PENDING);

        var done = f.gateway.refundNotificationOf(pending.id().outRefundNo(), true, fen);
        Refund confirmed = f.refunds.receiveGatewayNotification("sandbox", done.getKey(), done.getValue());
        assertThat(confirmed.status()).isEqualTo(RefundStatus.SUCCEEDED);
        assertThat(f.afterSales.one(buyer, asked.id()).status()).isEqualTo(AfterSaleStatus.REFUNDED);
        Refund repeated = f.refunds.receiveGatewayNotification("sandbox", done.getKey(), done.getValue());
        assertThat(repeated.version()).isEqualTo(confirmed.version());
        assertThat(f.gateway.refunds()).as("one refund at the gateway, asked twice").hasSize(1);
    }
}
