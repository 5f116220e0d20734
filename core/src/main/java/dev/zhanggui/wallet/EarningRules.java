package dev.zhanggui.wallet;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.Money;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The earning rules the system knows, by stable code, and the defaults a merchant gets until it
 * sets its own: 1 point per yuan paid on a completed order ({@code purchase_reward}), 10 points
 * for the inviter when an invited customer's first order completes ({@code referral_first_order});
 * the downline bonus is off. At most one rule per occasion. An embedding application registers
 * its own kinds next to the built-ins.
 */
public final class EarningRules {
    public static final List<PointsRule> DEFAULTS = List.of(
            PointsRule.of(PurchaseRewardRule.CODE, Map.of("points", "1", "perYuan", "1")),
            PointsRule.of(ReferralFirstOrderRule.CODE, Map.of("points", "10")));
    static final int MAX_RULES = 20;

    private final Map<String, EarningRule> rules = new ConcurrentHashMap<>();

    public static EarningRules withBuiltIns() {
        EarningRules registry = new EarningRules();
        registry.register(new PurchaseRewardRule());
        registry.register(new ReferralFirstOrderRule());
        registry.register(new DownlineBonusRule());
        return registry;
    }

    public void register(EarningRule rule) {
        if (rules.putIfAbsent(rule.code(), rule) != null) {
            throw new IllegalStateException("An earning rule is registered as " + rule.code() + " already");
        }
    }

    public Set<String> codes() {
        return new TreeSet<>(rules.keySet());
    }

    /** A rule with typed arguments, ready to run, and the {code, args} it came from (kept with each award). */
    public record Compiled(EarningRule rule, Map<String, Long> args, PointsRule stored) {
        public long points(Money basis) {
            return rule.points(basis, args);
        }

        public OptionalLong limitPerCustomer() {
            return rule.limitPerCustomer(args);
        }
    }

    /** The rules in force, one per occasion. */
    public record RuleSet(Map<EarningRule.Occasion, Compiled> byOccasion) {
        public RuleSet {
            byOccasion = Map.copyOf(byOccasion);
        }

        public Optional<Compiled> forOccasion(EarningRule.Occasion occasion) {
            return Optional.ofNullable(byOccasion.get(occasion));
        }
    }

    /** The rules checked and typed, or DomainException with a field error per problem. */
    public RuleSet compile(List<PointsRule> stored) {
        List<FieldError> errors = new ArrayList<>();
        RuleSet compiled = compile(stored, "rules", errors);
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.POINTS_RULE_INVALID, "The earning rules are not valid", errors);
        }
        return compiled;
    }

    /** The rules checked and typed; each problem is added to {@code errors}, named under {@code field}. */
    RuleSet compile(List<PointsRule> stored, String field, List<FieldError> errors) {
        Map<EarningRule.Occasion, Compiled> byOccasion = new EnumMap<>(EarningRule.Occasion.class);
        for (RuleCompiler.Checked<EarningRule> c : RuleCompiler.compile(rules, stored, field, MAX_RULES, errors)) {
            Compiled compiled = new Compiled(c.rule(), c.args(), c.stored());
            if (byOccasion.putIfAbsent(c.rule().occasion(), compiled) != null) {
                errors.add(new FieldError(field + "[" + c.index() + "].code", ErrorCode.POINTS_RULE_INVALID,
                        "Only one rule for " + c.rule().occasion() + " ("
                                + byOccasion.get(c.rule().occasion()).stored().code() + " is given already)"));
            }
        }
        return new RuleSet(byOccasion);
    }

    /**
     * The stored rules that still compile, for use when rewarding: a rule whose code is no longer
     * registered gives nothing rather than stopping the order that earns points.
     */
    public RuleSet inForce(List<PointsRule> stored) {
        List<PointsRule> usable = new ArrayList<>();
        for (PointsRule rule : stored) {
            List<FieldError> problems = new ArrayList<>();
            RuleCompiler.compile(rules, List.of(rule), "rules", 1, problems);
            if (problems.isEmpty()) {
                usable.add(rule);
            }
        }
        return compile(usable, "rules", new ArrayList<>());
    }
}
