package dev.zhanggui.wallet;

import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Checks stored {@code {code, args}} rules against a registry of {@link RegisteredPointsRule}s: a
 * known code, exactly its arguments, each a whole number from 1 to {@link #MAX_VALUE}, and the
 * rule's own check. Problems are collected as field errors under the given field name
 * ({@code rules[1].args.points}), so that one answer names them all.
 */
final class RuleCompiler {
    static final long MAX_VALUE = 1_000_000;

    /** A rule checked and typed, with its position in the list. */
    record Checked<R extends RegisteredPointsRule>(R rule, Map<String, Long> args, PointsRule stored, int index) {
    }

    private RuleCompiler() {
    }

    static <R extends RegisteredPointsRule> List<Checked<R>> compile(Map<String, R> registry, List<PointsRule> stored,
                                                                     String field, int maxRules,
                                                                     List<FieldError> errors) {
        if (stored == null || stored.size() > maxRules) {
            errors.add(new FieldError(field, ErrorCode.POINTS_RULE_INVALID, "Give at most " + maxRules + " rules"));
            return List.of();
        }
        List<Checked<R>> compiled = new ArrayList<>();
        for (int i = 0; i < stored.size(); i++) {
            String at = field + "[" + i + "]";
            PointsRule rule = stored.get(i);
            R code = rule == null ? null : registry.get(rule.code());
            if (code == null) {
                errors.add(new FieldError(at + ".code", ErrorCode.POINTS_RULE_CODE_UNKNOWN,
                        "Known rules: " + new TreeSet<>(registry.keySet())));
                continue;
            }
            Map<String, Long> args = new HashMap<>();
            for (String name : code.arguments()) {
                Long value = wholeNumber(rule.args().get(name));
                if (value == null) {
                    errors.add(new FieldError(at + ".args." + name, ErrorCode.POINTS_RULE_INVALID,
                            name + " must be a whole number from 1 to " + MAX_VALUE));
                } else {
                    args.put(name, value);
                }
            }
            for (String name : rule.args().keySet()) {
                if (!code.arguments().contains(name)) {
                    errors.add(new FieldError(at + ".args." + name, ErrorCode.POINTS_RULE_INVALID,
                            rule.code() + " takes " + new TreeSet<>(code.arguments())));
                }
            }
            if (args.size() == code.arguments().size()) {
                try {
                    code.check(args);
                    compiled.add(new Checked<>(code, Map.copyOf(args), rule, i));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(at + ".args", ErrorCode.POINTS_RULE_INVALID, e.getMessage()));
                }
            }
        }
        return compiled;
    }

    private static Long wholeNumber(String text) {
        if (text == null || !text.matches("\\d{1,7}")) {
            return null;
        }
        long value = Long.parseLong(text);
        return value >= 1 && value <= MAX_VALUE ? value : null;
    }
}
