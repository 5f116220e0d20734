package dev.zhanggui.wallet;

/** A check-in done: the check-in, and the wallet operation that credited its points. */
public record CheckInOutcome(CheckIn checkIn, WalletOperation operation) {
}
