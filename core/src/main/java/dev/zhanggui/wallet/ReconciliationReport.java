package dev.zhanggui.wallet;

import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.List;

/** The result of recomputing every wallet of a merchant from its entries (对账): drifts must be empty. */
public record ReconciliationReport(MerchantId merchant, long walletsChecked, long entriesChecked,
                                   List<WalletDrift> drifts, Instant checkedAt) {
    public ReconciliationReport {
        drifts = List.copyOf(drifts);
    }

    public boolean balanced() {
        return drifts.isEmpty();
    }
}
