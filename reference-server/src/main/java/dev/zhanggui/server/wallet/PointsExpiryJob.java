package dev.zhanggui.server.wallet;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.PointsExpiry;
import dev.zhanggui.wallet.WalletSettingsService;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;


/**
 * Runs points expiry by year end (积分年底清零) for the merchants that turned it on
 * in their wallet settings (by default {@code zhanggui.wallets.points-expiry.enabled-for}). It runs daily and does the work once per
 * wallet and year; instances running it at once claim different wallets.
 */
@ApplicationScoped
public class PointsExpiryJob {
    static final int BATCH = 200;

    @Inject
    PointsExpiry expiry;
    @Inject
    WalletSettings settings;
    @Inject
    WalletSettingsService walletSettings;

    @Scheduled(cron = "{zhanggui.wallets.points-expiry.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        for (MerchantId merchant : walletSettings.merchantsWithPointsExpiry(
                WalletSettingsWiring.pointsExpiryByDefault(settings))) {
            int changed = expiry.expireDue(merchant, BATCH);
            if (changed > 0) {
                Log.infof("expired the points of %d wallets of %s", changed, merchant);
            }
        }
    }
}
