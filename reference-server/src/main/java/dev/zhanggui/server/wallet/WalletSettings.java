package dev.zhanggui.server.wallet;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.util.List;
import java.util.Optional;

/** Wallet settings ({@code zhanggui.wallets.*}). */
@ConfigMapping(prefix = "zhanggui.wallets")
public interface WalletSettings {
    Withdrawal withdrawal();

    Transfer transfer();

    PointsExpiry pointsExpiry();

    interface PointsExpiry {
        /** The merchants whose points expire by year end; none by default. */
        Optional<List<String>> enabledFor();

        /** When the job runs (it expires each wallet once a year, whenever it runs). */
        @WithDefault("0 15 0 * * ?")
        String cron();
    }

    interface Transfer {
        /** The merchants whose customers may transfer balance to each other (余额转让); none by default. */
        Optional<List<String>> enabledFor();
    }

    interface Withdrawal {
        /** The smallest amount a customer may withdraw, in yuan. */
        @WithDefault("1.00")
        String minimum();
    }
}
