package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

import java.util.Optional;
import java.util.UUID;

/**
 * Staff take money from a customer's balance: an in-store purchase (STAFF_DEBIT, 划卡) with a
 * note, or a correction (ADJUSTMENT). Drawn by the spending order policy.
 */
public record WalletDebit(LedgerReason reason, Money amount, Optional<String> note, Optional<UUID> corrects) {
    public WalletDebit {
        note = note == null ? Optional.empty() : note;
        corrects = corrects == null ? Optional.empty() : corrects;
    }
}
