package dev.zhanggui.wallet;

import java.util.Map;
import java.util.Set;

/**
 * The common shape of registered points rules (check-in rules, earning rules): code known by a
 * stable {@link #code()}, stored as {@code {code, args}} ({@link PointsRule}), whose arguments are
 * positive whole numbers checked before it runs.
 */
public interface RegisteredPointsRule {
    String code();

    /** The names of its arguments, all required, all positive whole numbers. */
    Set<String> arguments();

    /** Checks argument values beyond being positive; throws IllegalArgumentException naming the problem. */
    default void check(Map<String, Long> args) {
    }
}
