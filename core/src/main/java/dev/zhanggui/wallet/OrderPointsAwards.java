package dev.zhanggui.wallet;

import dev.zhanggui.shared.MerchantId;

import java.util.List;

/**
 * Port: the points awarded for an order, for after-sales to take back what a refund makes
 * unearned: the buyer's purchase points ({@link PointsAward.Kind#PURCHASE}, with the money they
 * were reckoned on) and, if it was an invitee's first order, the inviter's referral reward
 * ({@link PointsAward.Kind#REFERRAL}). Each award names the wallet and the operation key that
 * credited it.
 */
public interface OrderPointsAwards {
    /** The awards for the order, oldest first; empty if it earned nothing (yet). */
    List<PointsAward> awardedFor(MerchantId merchant, String orderNumber);
}
