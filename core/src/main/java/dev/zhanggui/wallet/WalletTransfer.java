package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;

/** A balance transfer done (余额转让): both wallets' operations, under one transfer key. */
public record WalletTransfer(String key, CustomerId from, CustomerId to, WalletOperation sent,
                             WalletOperation received) {
}
