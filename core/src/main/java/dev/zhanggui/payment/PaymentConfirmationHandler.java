package dev.zhanggui.payment;

/**
 * What happens when a payment of one purpose is confirmed: e.g. a top-up credits the wallet, an
 * order is marked paid. It runs once per payment, in the unit of work that marks it paid, so its
 * effect and the confirmation commit together or not at all.
 */
public interface PaymentConfirmationHandler {
    PaymentPurpose purpose();

    void paid(Payment payment);
}
