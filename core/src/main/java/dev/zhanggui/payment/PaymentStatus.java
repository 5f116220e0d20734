package dev.zhanggui.payment;

/** PENDING until the gateway confirms it (PAID) or it is given up (CLOSED). */
public enum PaymentStatus { PENDING, PAID, CLOSED }
