package dev.zhanggui.wallet;

import java.util.Map;
import java.util.Objects;

/**
 * A points-earning rule as stored: the stable {@code code} of registered code and its arguments
 * as text, e.g. {@code {"code": "monthly_streak_bonus", "args": {"days": "7", "points": "30"}}}.
 * {@link CheckInRules} checks and runs them.
 */
public record PointsRule(String code, Map<String, String> args) {
    public PointsRule {
        Objects.requireNonNull(code, "code");
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public static PointsRule of(String code, Map<String, String> args) {
        return new PointsRule(code, args);
    }
}
