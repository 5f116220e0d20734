package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;

/**
 * A difference found by reconciliation: the value a wallet stores for an account (PRINCIPAL,
 * BONUS, POINTS or CREDIT) is not the sum of its ledger entries. There must never be one.
 */
public record WalletDrift(WalletId wallet, CustomerId customer, String account, long stored, long fromEntries) {
}
