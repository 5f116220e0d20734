package dev.zhanggui.wallet;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The check-in rules the system knows, by stable code, and the defaults a merchant gets until it
 * sets its own: 10 points a day, +30 at 7 consecutive days in a month, +50 at 15, +100 at 30.
 * An embedding application registers its own kinds next to the built-ins.
 */
public final class CheckInRules {
    public static final List<PointsRule> DEFAULTS = List.of(
            PointsRule.of(DailySignInRule.CODE, Map.of("points", "10")),
            PointsRule.of(MonthlyStreakBonusRule.CODE, Map.of("days", "7", "points", "30")),
            PointsRule.of(MonthlyStreakBonusRule.CODE, Map.of("days", "15", "points", "50")),
            PointsRule.of(MonthlyStreakBonusRule.CODE, Map.of("days", "30", "points", "100")));
    static final int MAX_RULES = 20;
    static final long MAX_POINTS = 1_000_000;

    private final Map<String, CheckInRule> rules = new ConcurrentHashMap<>();

    public static CheckInRules withBuiltIns() {
        CheckInRules registry = new CheckInRules();
        registry.register(new DailySignInRule());
        registry.register(new MonthlyStreakBonusRule());
        return registry;
    }

    public void register(CheckInRule rule) {
        if (rules.putIfAbsent(rule.code(), rule) != null) {
            throw new IllegalStateException("A check-in rule is registered as " + rule.code() + " already");
        }
    }

    public Set<String> codes() {
        return new TreeSet<>(rules.keySet());
    }

    /** A rule with typed arguments, ready to run. */
    public record Compiled(CheckInRule rule, Map<String, Long> args) {
    }

    /** The rules checked and typed, or DomainException with a field error per problem. */
    public List<Compiled> compile(List<PointsRule> stored) {
        List<FieldError> errors = new ArrayList<>();
        List<Compiled> compiled = new ArrayList<>();
        if (stored == null || stored.size() > MAX_RULES) {
            throw DomainException.invalidField("rules", ErrorCode.POINTS_RULE_INVALID,
                    "Give at most " + MAX_RULES + " rules");
        }
        for (int i = 0; i < stored.size(); i++) {
            String field = "rules[" + i + "]";
            PointsRule rule = stored.get(i);
            CheckInRule code = rule == null ? null : rules.get(rule.code());
            if (code == null) {
                errors.add(new FieldError(field + ".code", ErrorCode.POINTS_RULE_CODE_UNKNOWN,
                        "Known rules: " + codes()));
                continue;
            }
            Map<String, Long> args = new HashMap<>();
            for (String name : code.arguments()) {
                Long value = wholeNumber(rule.args().get(name));
                if (value == null) {
                    errors.add(new FieldError(field + ".args." + name, ErrorCode.POINTS_RULE_INVALID,
                            name + " must be a whole number from 1 to " + MAX_POINTS));
                } else {
                    args.put(name, value);
                }
            }
            for (String name : rule.args().keySet()) {
                if (!code.arguments().contains(name)) {
                    errors.add(new FieldError(field + ".args." + name, ErrorCode.POINTS_RULE_INVALID,
                            rule.code() + " takes " + new TreeSet<>(code.arguments())));
                }
            }
            if (args.size() == code.arguments().size()) {
                try {
                    code.check(args);
                    compiled.add(new Compiled(code, Map.copyOf(args)));
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(field + ".args", ErrorCode.POINTS_RULE_INVALID, e.getMessage()));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.POINTS_RULE_INVALID, "The points rules are not valid", errors);
        }
        return List.copyOf(compiled);
    }

    private static Long wholeNumber(String text) {
        if (text == null || !text.matches("\\d{1,7}")) {
            return null;
        }
        long value = Long.parseLong(text);
        return value >= 1 && value <= MAX_POINTS ? value : null;
    }
}
