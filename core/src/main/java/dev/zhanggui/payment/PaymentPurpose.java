package dev.zhanggui.payment;

/** What a payment is for; a {@link PaymentConfirmationHandler} per purpose acts once it is paid. */
public enum PaymentPurpose {
    /** A stored-value top-up (充值): the wallet is credited on confirmation. */
    TOP_UP,
    /** An order paid online (the orders context registers its handler). */
    ORDER
}
