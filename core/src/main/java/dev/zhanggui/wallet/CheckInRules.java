package dev.zhanggui.wallet;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;

import java.util.ArrayList;
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
        List<Compiled> compiled = compile(stored, "rules", errors);
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.POINTS_RULE_INVALID, "The points rules are not valid", errors);
        }
        return compiled;
    }

    /** The rules checked and typed; each problem is added to {@code errors}, named under {@code field}. */
    List<Compiled> compile(List<PointsRule> stored, String field, List<FieldError> errors) {
        return RuleCompiler.compile(rules, stored, field, MAX_RULES, errors).stream()
                .map(c -> new Compiled(c.rule(), c.args())).toList();
    }
}
