package dev.zhanggui.wallet;

import dev.zhanggui.payment.StartedPayment;

/** A top-up waiting for its payment, and what the client needs to pay it. */
public record StartedTopUp(TopUp topUp, StartedPayment payment) {
}
