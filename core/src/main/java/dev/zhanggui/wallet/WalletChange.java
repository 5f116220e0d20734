package dev.zhanggui.wallet;

/** A change of a wallet's settings that moves no asset, so it is kept in the audit trail, not the ledger. */
public enum WalletChange {
    /** Frozen (封禁): before ACTIVE, after FROZEN. */
    FROZEN,
    /** Unfrozen: before FROZEN, after ACTIVE. */
    UNFROZEN,
    /** The credit limit (授信额度) changed: before and after are amounts such as {@code "5000.00"}. */
    CREDIT_LIMIT_CHANGED
}
