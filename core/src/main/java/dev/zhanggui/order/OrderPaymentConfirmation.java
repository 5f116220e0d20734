package dev.zhanggui.order;

import dev.zhanggui.payment.Payment;
import dev.zhanggui.payment.PaymentConfirmationHandler;
import dev.zhanggui.payment.PaymentHandling;
import dev.zhanggui.payment.PaymentPurpose;
import dev.zhanggui.shared.Actor;

/**
 * The handler of {@link PaymentPurpose#ORDER} payments: when the gateway's verified notification
 * arrives, the order named by the payment's reference (its number) is paid, in the same unit of work
 * that marks the payment paid, so that both commit together or not at all. An order that can no
 * longer take the money (closed by the unpaid-order job or the customer, voided, paid otherwise)
 * declines it with a {@link LatePaymentReason}, and the payment context refunds it to the payer.
 */
public final class OrderPaymentConfirmation implements PaymentConfirmationHandler {
    private final OrderPaymentService orderPayments;

    public OrderPaymentConfirmation(OrderPaymentService orderPayments) {
        this.orderPayments = orderPayments;
    }

    @Override
    public PaymentPurpose purpose() {
        return PaymentPurpose.ORDER;
    }

    @Override
    public PaymentHandling paid(Payment payment) {
        return orderPayments.takeOnlinePayment(Actor.system(payment.merchant(), "payment:" + payment.gateway()),
                        payment.reference(), payment.id().toString(), payment.amount())
                .map(reason -> PaymentHandling.declined(reason.name(), "order " + payment.reference()
                        + " could not take the payment"))
                .orElseGet(PaymentHandling::taken);
    }
}
