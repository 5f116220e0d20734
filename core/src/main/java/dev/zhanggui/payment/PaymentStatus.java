package dev.zhanggui.payment;

/**
 * PENDING until the gateway confirms it (PAID) or it is given up (CLOSED); REFUNDED once a paid
 * payment its purpose could no longer take is given back whole to the payer ({@link PaymentRefund}).
 */
public enum PaymentStatus { PENDING, PAID, CLOSED, REFUNDED }
