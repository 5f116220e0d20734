package dev.zhanggui.wallet;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code monthly_streak_bonus {days, points}}: the check-in that makes {@code days} consecutive
 * days within one calendar month earns {@code points} on top (连续签到奖励). The streak starts
 * again on the first of each month, so a bonus is earned at most once a month per rule.
 */
public final class MonthlyStreakBonusRule implements CheckInRule {
    public static final String CODE = "monthly_streak_bonus";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Set<String> arguments() {
        return Set.of("days", "points");
    }

    @Override
    public void check(Map<String, Long> args) {
        if (args.get("days") > 31) {
            throw new IllegalArgumentException("days must be at most 31: a streak counts within one month");
        }
    }

    @Override
    public Optional<Reward> reward(int streak, Map<String, Long> args) {
        return streak == args.get("days") ? Optional.of(new Reward(LedgerReason.STREAK_BONUS, args.get("points")))
                : Optional.empty();
    }
}
