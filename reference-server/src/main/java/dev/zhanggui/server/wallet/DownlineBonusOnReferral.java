package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerReferred;
import dev.zhanggui.wallet.PointsRewardService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Gives the inviter the merchant's downline bonus (拉新奖励), if it has one, when a customer is
 * linked to them, in the link's own transaction.
 */
@ApplicationScoped
public class DownlineBonusOnReferral {
    @Inject
    PointsRewardService rewards;

    void reward(@Observes CustomerReferred referred) {
        rewards.customerReferred(referred);
    }
}
