package dev.zhanggui.wallet;

/** Where a withdrawal (提现) is: REQUESTED (amount held) → APPROVED → PAID, or REJECTED (hold released). */
public enum WithdrawalStatus { REQUESTED, APPROVED, REJECTED, PAID }
