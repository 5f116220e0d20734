package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

import java.util.Optional;
import java.util.UUID;

/**
 * Staff put money on a customer's balance: a face-to-face top-up paid in cash (TOPUP, with the
 * plan's bonus if any), a confirmed bank-transfer deposit (DEPOSIT_CONFIRMED), a goodwill credit
 * (STAFF_CREDIT) or a correction (ADJUSTMENT, usually naming the entry it corrects).
 */
public record WalletCredit(LedgerReason reason, Money principal, Money bonus, Optional<String> note,
                           Optional<UUID> corrects) {
    public WalletCredit {
        principal = principal == null ? Money.zero() : principal;
        bonus = bonus == null ? Money.zero() : bonus;
        note = note == null ? Optional.empty() : note;
        corrects = corrects == null ? Optional.empty() : corrects;
    }
}
