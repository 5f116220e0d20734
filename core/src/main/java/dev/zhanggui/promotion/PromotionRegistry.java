package dev.zhanggui.promotion;

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
 * The promotion conditions and actions the system knows, by stable code. It checks stored
 * {@code {code, args}} data and turns it into typed, ready-to-run rules; an embedding application
 * registers its own kinds next to the built-ins.
 */
public final class PromotionRegistry {
    private final Map<String, PromotionCondition> conditions = new ConcurrentHashMap<>();
    private final Map<String, PromotionAction> actions = new ConcurrentHashMap<>();

    /** A registry with the built-ins: minimum spend; tiered spend discount, free shipping, category percentage off. */
    public static PromotionRegistry withBuiltIns() {
        PromotionRegistry registry = new PromotionRegistry();
        registry.register(new MinimumSpendCondition());
        registry.register(new TieredSpendDiscountAction());
        registry.register(new FreeShippingAction());
        registry.register(new CategoryPercentageOffAction());
        return registry;
    }

    public void register(PromotionCondition condition) {
        if (conditions.putIfAbsent(condition.code(), condition) != null) {
            throw new IllegalStateException("A condition is registered as " + condition.code() + " already");
        }
    }

    public void register(PromotionAction action) {
        if (actions.putIfAbsent(action.code(), action) != null) {
            throw new IllegalStateException("An action is registered as " + action.code() + " already");
        }
    }

    public Set<String> conditionCodes() {
        return new TreeSet<>(conditions.keySet());
    }

    public Set<String> actionCodes() {
        return new TreeSet<>(actions.keySet());
    }

    /** A condition ready to run, or DomainException with the field errors found. */
    public CompiledPromotion.Condition condition(PromotionRule rule, String field) {
        PromotionCondition condition = conditions.get(rule.code());
        if (condition == null) {
            throw unknown(field, rule.code());
        }
        return new CompiledPromotion.Condition(condition, arguments(condition.arguments(), rule.args(), field));
    }

    /** An action ready to run, or DomainException with the field errors found. */
    public CompiledPromotion.Action action(PromotionRule rule, String field) {
        PromotionAction action = actions.get(rule.code());
        if (action == null) {
            throw unknown(field, rule.code());
        }
        return new CompiledPromotion.Action(action, arguments(action.arguments(), rule.args(), field));
    }

    /** Checks a whole promotion, reporting every field at fault at once. */
    public CompiledPromotion compile(Promotion promotion) {
        List<FieldError> errors = new ArrayList<>();
        List<CompiledPromotion.Condition> compiled = new ArrayList<>();
        for (int i = 0; i < promotion.conditions().size(); i++) {
            try {
                compiled.add(condition(promotion.conditions().get(i), "conditions[" + i + "]"));
            } catch (DomainException e) {
                errors.addAll(e.fieldErrors());
            }
        }
        CompiledPromotion.Action action = null;
        try {
            action = action(promotion.action(), "action");
        } catch (DomainException e) {
            errors.addAll(e.fieldErrors());
        }
        if (!errors.isEmpty()) {
            ErrorCode code = errors.stream().allMatch(f -> f.code() == ErrorCode.PROMOTION_CODE_UNKNOWN)
                    ? ErrorCode.PROMOTION_CODE_UNKNOWN : ErrorCode.PROMOTION_ARGS_INVALID;
            throw new DomainException(code, "The promotion's conditions or action are not valid", errors);
        }
        return new CompiledPromotion(promotion, compiled, action);
    }

    private static DomainException unknown(String field, String code) {
        return DomainException.invalidField(field + ".code", ErrorCode.PROMOTION_CODE_UNKNOWN,
                "No promotion condition or action is registered as '" + code + "'");
    }

    private static PromotionArguments arguments(List<ArgumentSpec> specs, Map<String, String> args, String field) {
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> values = new HashMap<>();
        Set<String> known = new TreeSet<>();
        for (ArgumentSpec spec : specs) {
            known.add(spec.name());
            String raw = args.get(spec.name());
            String argField = field + ".args." + spec.name();
            if (raw == null || raw.isBlank()) {
                if (spec.required()) {
                    errors.add(new FieldError(argField, ErrorCode.PROMOTION_ARGS_INVALID, spec.name() + " is required"));
                }
                continue;
            }
            try {
                values.put(spec.name(), spec.type().parse(raw));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(argField, ErrorCode.PROMOTION_ARGS_INVALID,
                        spec.name() + " " + e.getMessage() + ", was '" + raw + "'"));
            }
        }
        for (String name : new TreeSet<>(args.keySet())) {
            if (!known.contains(name)) {
                errors.add(new FieldError(field + ".args." + name, ErrorCode.PROMOTION_ARGS_INVALID,
                        "Unknown argument " + name + "; expected " + known));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.PROMOTION_ARGS_INVALID, "The arguments are not valid", errors);
        }
        return new PromotionArguments(values);
    }
}
