package dev.zhanggui.payment;

import java.util.Map;

/**
 * Port: an online payment provider (WeChat Pay, Alipay, the sandbox). It creates a payment for an
 * amount and later tells, in a signed notification sent to the notify URL, that it was paid.
 */
public interface PaymentGateway {
    /** The stable name used in the callback path ({@code /payments/callbacks/{name}}). */
    String name();

    /** Creates the payment at the provider (统一下单) and returns what the client needs to pay it. */
    PaymentIntent create(PaymentRequest request);

    /**
     * Checks a notification's signature and reads it. Throws a {@code DomainException} with
     * {@code PAYMENT_SIGNATURE_INVALID} when it is not authentic, {@code PAYMENT_NOTIFICATION_INVALID}
     * when it cannot be read; nothing of an unverified body may be trusted.
     *
     * @param headers the request's headers, names in lower case
     */
    PaymentNotification verify(String body, Map<String, String> headers);

    /**
     * Refunds (part of) a paid payment, for after-sales: done at once, or accepted and processing
     * until the gateway's refund notification ({@link #verifyRefund}) tells how it ended.
     */
    RefundReceipt refund(RefundRequest request);

    /**
     * Checks a refund notification's signature and reads it, as {@link #verify} does a payment's.
     * A gateway that refunds at once sends none: the default refuses every body.
     *
     * @param headers the request's headers, names in lower case
     */
    default RefundNotification verifyRefund(String body, Map<String, String> headers) {
        throw new dev.zhanggui.shared.DomainException(dev.zhanggui.shared.ErrorCode.PAYMENT_NOTIFICATION_INVALID,
                "Gateway " + name() + " sends no refund notifications");
    }
}
