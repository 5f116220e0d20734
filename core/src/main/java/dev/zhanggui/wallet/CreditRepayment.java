package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

import java.util.Optional;

/**
 * A repayment of credit (还款) that staff record: how much the customer paid, how, and a note
 * (e.g. the bank transaction number). Who recorded it and when is on the ledger entry.
 */
public record CreditRepayment(Money amount, RepaymentMethod method, Optional<String> note) {
    public CreditRepayment {
        note = note == null ? Optional.empty() : note;
    }
}
