package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

import java.util.Map;
import java.util.Set;

/**
 * {@code referral_first_order {points}}: when a customer someone invited completes their first
 * order, the inviter earns {@code points} (推荐奖励, default 10), once per invitee.
 */
public final class ReferralFirstOrderRule implements EarningRule {
    public static final String CODE = "referral_first_order";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Set<String> arguments() {
        return Set.of("points");
    }

    @Override
    public Occasion occasion() {
        return Occasion.REFERRAL_FIRST_ORDER;
    }

    @Override
    public long points(Money basis, Map<String, Long> args) {
        return args.get("points");
    }
}
