package dev.zhanggui.payment;

import dev.zhanggui.shared.ErrorCode;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Function;

/**
 * Payments their purpose declined (an order closed before the money arrived): the money is given
 * back whole to the payer through the gateway that took it, recorded as a {@link PaymentRefund}
 * with the purpose's reason. The gateway is asked inside the notification's unit of work: should it
 * roll back after the gateway refunded, the next notification asks again under the same refund
 * number, which the gateway answers without paying twice. A refund the gateway failed is answered
 * as a refusal, so that the gateway notifies again and each notification retries it.
 */
final class DeclinedPayments {
    private final PaymentRepository payments;
    private final Function<String, PaymentGateway> gateways;
    private final Function<String, String> notifyUrls;
    private final Clock clock;

    DeclinedPayments(PaymentRepository payments, Function<String, PaymentGateway> gateways,
                     Function<String, String> notifyUrls, Clock clock) {
        this.payments = payments;
        this.gateways = gateways;
        this.notifyUrls = notifyUrls;
        this.clock = clock;
    }

    /** Records the refund of a payment just confirmed and declined, and asks the gateway for it. */
    PaymentConfirmation refund(Payment paid, PaymentHandling declined) {
        PaymentRefund refund = PaymentRefund.of(paid, declined.declinedReason().orElseThrow(), declined.message(),
                now());
        payments.addRefund(refund);
        return ask(paid, refund, PaymentNotice.Outcome.DECLINED);
    }

    /** A repeated notification of a declined payment retries its refund if the gateway has not taken it yet. */
    Optional<PaymentConfirmation> retry(Payment payment) {
        return payments.refundOf(payment.merchant(), payment.id()).filter(PaymentRefund::due)
                .map(refund -> ask(payment, refund, PaymentNotice.Outcome.REPEATED));
    }

    private PaymentConfirmation ask(Payment payment, PaymentRefund refund, PaymentNotice.Outcome outcome) {
        PaymentRefund answered;
        try {
            PaymentGateway gateway = gateways.apply(payment.gateway());
            long fen = payment.amount().minorUnits();
            answered = refund.answered(gateway.refund(new RefundRequest(payment.outTradeNo(), refund.outRefundNo(),
                    fen, fen, refund.reason(), notifyUrls.apply(gateway.name()))), now());
        } catch (RuntimeException failure) {
            // caught, not thrown: the payment, its notice and the failed attempt must commit
            payments.updateRefund(refund.failed(failure.getMessage()));
            return new PaymentConfirmation(payment, outcome, Optional.of(ErrorCode.REFUND_GATEWAY_FAILED),
                    "The payment is recorded, but refunding it to the payer failed; notify again to retry");
        }
        payments.updateRefund(answered);
        Payment now = payment;
        if (answered.status() == PaymentRefund.Status.SUCCEEDED && payments.markRefunded(payment.id())) {
            now = payment.refunded();
        }
        return new PaymentConfirmation(now, outcome, Optional.empty(), "Paid, and refunded to the payer ("
                + refund.reason() + "): " + refund.note());
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
