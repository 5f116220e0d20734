package dev.zhanggui.wallet;

import java.util.Map;
import java.util.Optional;

/**
 * Registered code that rewards a daily check-in (签到), known by its stable {@link #code()}. Its
 * arguments are whole numbers, checked by {@link CheckInRules} before it runs.
 */
public interface CheckInRule extends RegisteredPointsRule {
    /**
     * The points this check-in earns under the rule, if any.
     *
     * @param streak the consecutive days checked in this calendar month, today included (1 on the first)
     */
    Optional<Reward> reward(int streak, Map<String, Long> args);

    record Reward(LedgerReason reason, long points) {
    }
}
