package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

/**
 * Which money of a completed purchase earns points (and is the basis of the inviter's reward for a
 * first order). The default, {@link DefaultPurchaseRewardPolicy}, is what the buyer paid in money.
 */
public interface PurchaseRewardPolicy {
    Money rewardable(CompletedPurchase purchase);
}
