package dev.zhanggui.wallet;

import java.util.Map;

/** A wallet as stored together with the sum of its ledger entries per account, read at one moment. */
public record LedgerTotals(Wallet wallet, Map<String, Long> sums, long entryCount) {
    public static final String[] ACCOUNTS = {"PRINCIPAL", "BONUS", "POINTS", "CREDIT"};

    public LedgerTotals {
        sums = Map.copyOf(sums);
    }

    public long sum(String account) {
        return sums.getOrDefault(account, 0L);
    }
}
