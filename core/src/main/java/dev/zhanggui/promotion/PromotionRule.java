package dev.zhanggui.promotion;

import java.util.Map;
import java.util.Objects;

/**
 * A promotion condition or action as stored: the stable {@code code} of registered code and its
 * arguments as plain text ({@code {"code": "minimum_spend", "args": {"amount": "99.00"}}}), so new
 * kinds need no schema change. The {@link PromotionRegistry} checks and types the arguments.
 */
public record PromotionRule(String code, Map<String, String> args) {
    public PromotionRule {
        Objects.requireNonNull(code, "code");
        args = args == null ? Map.of() : Map.copyOf(args);
    }

    public static PromotionRule of(String code, Map<String, String> args) {
        return new PromotionRule(code, args);
    }
}
