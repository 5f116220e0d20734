package dev.zhanggui.server.wallet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Wallet settings ({@code zhanggui.wallets.*}). */
@ConfigMapping(prefix = "zhanggui.wallets")
public interface WalletSettings {
    Withdrawal withdrawal();

    interface Withdrawal {
        /** The smallest amount a customer may withdraw, in yuan. */
        @WithDefault("1.00")
        String minimum();
    }
}
