package dev.zhanggui.order;

/** The outcome of a gateway's payment callback: the order, and whether this call applied it (false: a replay). */
public record PaymentConfirmation(Order order, boolean applied) {
}
