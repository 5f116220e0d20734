package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

/**
 * Points reward money: the order's total less what points paid, since points do not earn points.
 * Balance, online payment, cash on delivery, transfer, credit and cash all count, shipping
 * included: the customer pays all of it. Whether a cash-on-delivery or credit order is settled
 * yet does not matter; the order completed and the money is owed.
 */
public final class DefaultPurchaseRewardPolicy implements PurchaseRewardPolicy {
    @Override
    public Money rewardable(CompletedPurchase purchase) {
        Money money = purchase.total().minus(purchase.paidWithPoints());
        return money.isNegative() ? Money.zero() : money;
    }
}
