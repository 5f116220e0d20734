package dev.zhanggui.payment;

/** A payment just created, and what the client needs to pay it at the gateway. */
public record StartedPayment(Payment payment, PaymentIntent intent) {
}
