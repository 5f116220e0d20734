package dev.zhanggui.wallet.inmemory;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.wallet.Asset;
import dev.zhanggui.wallet.LedgerEntry;
import dev.zhanggui.wallet.LedgerFilter;
import dev.zhanggui.wallet.LedgerTotals;
import dev.zhanggui.wallet.PointsExpiryQueue;
import dev.zhanggui.wallet.WalletRepository;
import dev.zhanggui.wallet.WalletId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The expiry queue over any wallet repository, reading each wallet's points entries (for tests). */
public final class InMemoryPointsExpiryQueue implements PointsExpiryQueue {
    private final WalletRepository wallets;

    public InMemoryPointsExpiryQueue(WalletRepository wallets) {
        this.wallets = wallets;
    }

    @Override
    public List<Due> claim(MerchantId merchant, Instant cutoff, String operationKey, int limit) {
        List<Due> due = new ArrayList<>();
        for (LedgerTotals totals : wallets.totals(merchant, Optional.empty(), Integer.MAX_VALUE)) {
            WalletId wallet = totals.wallet().id();
            if (totals.wallet().points().value() == 0 || !wallets.operation(merchant, wallet, operationKey).isEmpty()) {
                continue;
            }
            List<LedgerEntry> points = new ArrayList<>(wallets.entries(merchant, wallet, new LedgerFilter(
                    Optional.of(Asset.POINTS), Optional.empty(), Optional.empty(), Optional.empty()),
                    PageRequest.of(100, null)).items());
            long held = points.stream().filter(e -> e.at().isBefore(cutoff)).findFirst()
                    .map(LedgerEntry::balanceAfter).orElse(0L);
            long spentSince = points.stream().filter(e -> !e.at().isBefore(cutoff) && e.amount() < 0)
                    .mapToLong(LedgerEntry::amount).sum();
            if (held + spentSince > 0 && due.size() < limit) {
                due.add(new Due(totals.wallet().customer(), held + spentSince));
            }
        }
        return due;
    }
}
