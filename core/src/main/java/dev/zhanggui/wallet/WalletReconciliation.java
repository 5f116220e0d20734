package dev.zhanggui.wallet;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reconciliation (对账): recomputes every wallet of a merchant from its ledger entries and reports
 * each account whose stored value differs from the sum. It only reads; a drift is a bug to
 * investigate, never something to paper over automatically.
 */
public final class WalletReconciliation {
    static final int BATCH = 500;

    private final WalletRepository wallets;
    private final Transactions transactions;
    private final Clock clock;

    public WalletReconciliation(WalletRepository wallets, Transactions transactions, Clock clock) {
        this.wallets = wallets;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ReconciliationReport reconcile(Actor actor) {
        WalletInputs.requireStaff(actor);
        List<WalletDrift> drifts = new ArrayList<>();
        long walletsChecked = 0;
        long entriesChecked = 0;
        Optional<WalletId> after = Optional.empty();
        while (true) {
            Optional<WalletId> from = after;
            List<LedgerTotals> batch = transactions.inTransaction(() -> wallets.totals(actor.merchant(), from, BATCH));
            for (LedgerTotals totals : batch) {
                walletsChecked++;
                entriesChecked += totals.entryCount();
                Wallet wallet = totals.wallet();
                for (String account : LedgerTotals.ACCOUNTS) {
                    if (wallet.held(account) != totals.sum(account)) {
                        drifts.add(new WalletDrift(wallet.id(), wallet.customer(), account, wallet.held(account),
                                totals.sum(account)));
                    }
                }
            }
            if (batch.size() < BATCH) {
                return new ReconciliationReport(actor.merchant(), walletsChecked, entriesChecked, drifts,
                        clock.instant());
            }
            after = Optional.of(batch.getLast().wallet().id());
        }
    }
}
