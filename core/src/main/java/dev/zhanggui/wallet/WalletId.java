package dev.zhanggui.wallet;

import java.util.UUID;

/** Identifies a customer's wallet (钱包); a customer has exactly one per merchant. */
public record WalletId(UUID value) {
    public WalletId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
