package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * {@code downline_bonus {points, maxCount}}: each customer linked to their inviter (a new
 * downline, 下线) earns the inviter {@code points}, for the first {@code maxCount} downlines the
 * inviter brings while the rule is in force (拉新奖励). Off until a merchant sets it.
 */
public final class DownlineBonusRule implements EarningRule {
    public static final String CODE = "downline_bonus";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Set<String> arguments() {
        return Set.of("points", "maxCount");
    }

    @Override
    public Occasion occasion() {
        return Occasion.NEW_DOWNLINE;
    }

    @Override
    public long points(Money basis, Map<String, Long> args) {
        return args.get("points");
    }

    @Override
    public OptionalLong limitPerCustomer(Map<String, Long> args) {
        return OptionalLong.of(args.get("maxCount"));
    }
}
