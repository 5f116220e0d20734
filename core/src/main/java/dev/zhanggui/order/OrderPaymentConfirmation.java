package dev.zhanggui.order;

import dev.zhanggui.payment.Payment;
import dev.zhanggui.payment.PaymentConfirmationHandler;
import dev.zhanggui.payment.PaymentPurpose;
import dev.zhanggui.shared.Actor;

/**
 * The handler of {@link PaymentPurpose#ORDER} payments: when the gateway's verified notification
 * arrives, the order named by the payment's reference (its number) is paid, in the same unit of work
 * that marks the payment paid, so that both commit together or not at all.
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
    public void paid(Payment payment) {
        orderPayments.confirmOnlinePaymentByNumber(Actor.system(payment.merchant(), "payment:" + payment.gateway()),
                payment.reference(), payment.id().toString(), payment.amount());
    }
}
