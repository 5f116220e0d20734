package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

import java.util.List;

/**
 * The outcome of one wallet operation: the wallet as it is now, and the entries the operation
 * appended. {@code replayed} says the operation key had been applied before, so nothing was
 * appended this time and {@code entries} are the ones of the first time.
 */
public record WalletOperation(Wallet wallet, List<LedgerEntry> entries, boolean replayed) {
    public WalletOperation {
        entries = List.copyOf(entries);
    }

    /** What the operation moved to or from each sub-balance, e.g. the parts of a payment. */
    public BalanceDraw balanceMoved() {
        return new BalanceDraw(moved(SubBalance.PRINCIPAL), moved(SubBalance.BONUS));
    }

    private Money moved(SubBalance subBalance) {
        long fen = entries.stream().filter(e -> e.subBalance().filter(subBalance::equals).isPresent())
                .mapToLong(e -> Math.abs(e.amount())).sum();
        return Money.ofMinor(fen);
    }
}
