package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

import java.util.Map;
import java.util.OptionalLong;

/**
 * Registered code that gives points for something a customer did besides checking in: a completed
 * purchase (购物积分), an invited friend's first order (推荐奖励), a new downline (拉新奖励). Known by
 * its stable {@link #code()}, stored as {@code {code, args}}, checked by {@link EarningRules}; a
 * merchant keeps at most one rule per {@link Occasion}.
 */
public interface EarningRule extends RegisteredPointsRule {
    /** What a rule rewards. */
    enum Occasion {
        /** The buyer's order completed: points for the buyer. */
        PURCHASE,
        /** An invited customer's first order completed: points for the one who invited them. */
        REFERRAL_FIRST_ORDER,
        /** A customer was linked to the one who invited them: points for the inviter. */
        NEW_DOWNLINE
    }

    Occasion occasion();

    /**
     * The points earned.
     *
     * @param basis the money that earns points: what the buyer paid in money for a purchase and
     *              for the first order of an invitee ({@link PurchaseRewardPolicy}); zero for a new downline
     */
    long points(Money basis, Map<String, Long> args);

    /** How many times in all one customer may earn by this rule; unlimited unless the rule says. */
    default OptionalLong limitPerCustomer(Map<String, Long> args) {
        return OptionalLong.empty();
    }
}
