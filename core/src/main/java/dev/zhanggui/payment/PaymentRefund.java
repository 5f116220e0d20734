package dev.zhanggui.payment;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.Optional;

/**
 * A confirmed payment given back whole to the payer through the gateway that took it (原路退回),
 * because what it paid for could no longer take it: the record of why (a reason code from the
 * purpose and a note), under which refund number the gateway was asked, and how far it got. The
 * refund number is derived from the payment, so asking again asks for the same refund, which a
 * gateway never pays twice.
 */
public record PaymentRefund(PaymentId payment, MerchantId merchant, String outRefundNo, Money amount, String reason,
                            String note, Status status, int attempts, Optional<String> gatewayRefundNo,
                            Optional<String> failure, Instant createdAt, Optional<Instant> refundedAt) {

    public enum Status {
        /** Recorded, not asked of the gateway yet. */
        PENDING,
        /** The gateway accepted it and will confirm later. */
        PROCESSING,
        /** The money is back with the payer. */
        SUCCEEDED,
        /** The gateway refused or could not be reached; the next notification of the payment retries it. */
        FAILED
    }

    /** The refund of a whole payment its purpose declined. */
    public static PaymentRefund of(Payment payment, String reason, String note, Instant at) {
        return new PaymentRefund(payment.id(), payment.merchant(), "R" + payment.outTradeNo(), payment.amount(),
                reason, note.length() > 200 ? note.substring(0, 200) : note, Status.PENDING, 0, Optional.empty(),
                Optional.empty(), at, Optional.empty());
    }

    /** Whether it should be asked of the gateway (again). */
    public boolean due() {
        return status == Status.PENDING || status == Status.FAILED;
    }

    PaymentRefund answered(RefundReceipt receipt, Instant at) {
        return new PaymentRefund(payment, merchant, outRefundNo, amount, reason, note,
                receipt.completed() ? Status.SUCCEEDED : Status.PROCESSING, attempts + 1,
                Optional.ofNullable(receipt.gatewayRefundNo()), Optional.empty(), createdAt,
                receipt.completed() ? Optional.of(at) : Optional.empty());
    }

    PaymentRefund failed(String why) {
        String text = why == null ? "no answer" : why.length() > 200 ? why.substring(0, 200) : why;
        return new PaymentRefund(payment, merchant, outRefundNo, amount, reason, note, Status.FAILED, attempts + 1,
                gatewayRefundNo, Optional.of(text), createdAt, Optional.empty());
    }
}
