package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of a wallet's ledger (余额明细, 积分明细, 授信明细): an asset moved by a signed amount for
 * a reason, what caused it, who did it, when, and the asset's value after it. Entries are only
 * ever appended; a correction is a new entry whose {@code corrects} names the entry it corrects.
 *
 * @param operationKey the idempotency key of the operation that appended it; an operation may
 *                     append several entries ({@code line} 0, 1, ...), and is applied once per wallet
 * @param amount       signed, in the asset's unit: fen for BALANCE and CREDIT, points for POINTS
 * @param balanceAfter the sub-balance, points or credit in use after this entry, same unit
 */
public record LedgerEntry(UUID id, WalletId wallet, CustomerId customer, String operationKey, int line,
                          Asset asset, Optional<SubBalance> subBalance, long amount, long balanceAfter,
                          LedgerReason reason, Cause cause, Optional<UUID> corrects, Optional<String> note,
                          Actor.Kind actorKind, String actor, Instant at) {

    public LedgerEntry {
        if ((asset == Asset.BALANCE) != subBalance.isPresent()) {
            throw new IllegalArgumentException("balance entries, and only they, name a sub-balance");
        }
        if (amount == 0 || balanceAfter < 0) {
            throw new IllegalArgumentException("an entry moves a non-zero amount and leaves no negative balance");
        }
    }

    /** The amount as money (BALANCE and CREDIT entries). */
    public Money money() {
        requireMoney();
        return Money.ofMinor(amount);
    }

    public Money moneyAfter() {
        requireMoney();
        return Money.ofMinor(balanceAfter);
    }

    /** The amount as points (POINTS entries). */
    public Points points() {
        if (asset != Asset.POINTS) {
            throw new IllegalStateException("not a points entry");
        }
        return Points.of(amount);
    }

    /** Where the amount sits: the sub-balance for balance entries, else the asset's name. */
    public String account() {
        return subBalance.map(Enum::name).orElse(asset.name());
    }

    private void requireMoney() {
        if (asset == Asset.POINTS) {
            throw new IllegalStateException("a points entry holds no money");
        }
    }
}
