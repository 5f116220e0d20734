package dev.zhanggui.server.aftersale;

import dev.zhanggui.aftersale.OrderPointsAwards;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;
import dev.zhanggui.wallet.PointsAward;

/**
 * After-sales' view of the points an order earned: the buyer's purchase points (购物积分) as the
 * wallet recorded their award, so that a refund claws back its share of what was really credited.
 * The inviter's referral reward is not the buyer's and is left alone.
 */
public class WalletOrderPointsAwards implements OrderPointsAwards {
    private final dev.zhanggui.wallet.OrderPointsAwards awards;

    public WalletOrderPointsAwards(dev.zhanggui.wallet.OrderPointsAwards awards) {
        this.awards = awards;
    }

    @Override
    public Points earnedBy(MerchantId merchant, String orderNumber) {
        return awards.awardedFor(merchant, orderNumber).stream().filter(a -> a.kind() == PointsAward.Kind.PURCHASE)
                .map(PointsAward::points).reduce(Points.zero(), Points::plus);
    }
}
