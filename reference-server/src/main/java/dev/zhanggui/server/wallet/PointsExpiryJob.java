package dev.zhanggui.server.wallet;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.PointsExpiry;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.List;

/**
 * Runs points expiry by year end (积分年底清零) for the merchants that turned it on
 * ({@code zhanggui.wallets.points-expiry.enabled-for}). It runs daily and does the work once per
 * wallet and year; instances running it at once claim different wallets.
 */
@ApplicationScoped
public class PointsExpiryJob {
    static final int BATCH = 200;

    @Inject
    PointsExpiry expiry;
    @Inject
    WalletSettings settings;

    @Scheduled(cron = "{zhanggui.wallets.points-expiry.cron}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void run() {
        for (String merchant : settings.pointsExpiry().enabledFor().orElse(List.of())) {
            int changed = expiry.expireDue(MerchantId.of(merchant), BATCH);
            if (changed > 0) {
                Log.infof("expired the points of %d wallets of %s", changed, merchant);
            }
        }
    }
}
