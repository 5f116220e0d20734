package dev.zhanggui.payment;

/**
 * What happens when a payment of one purpose is confirmed: e.g. a top-up credits the wallet, an
 * order is marked paid. It runs once per payment, in the unit of work that marks it paid, so its
 * effect and the confirmation commit together or not at all. A purpose that can no longer take the
 * money (the order was closed meanwhile) declines it, with a reason: the payment service then
 * refunds the payer through the gateway instead of refusing the notification.
 */
public interface PaymentConfirmationHandler {
    PaymentPurpose purpose();

    PaymentHandling paid(Payment payment);
}
