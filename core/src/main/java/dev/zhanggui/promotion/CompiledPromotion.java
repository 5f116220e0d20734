package dev.zhanggui.promotion;

import dev.zhanggui.shared.Money;

import java.util.List;
import java.util.Optional;

/** A promotion whose conditions and action are checked and typed, ready to run against carts. */
public record CompiledPromotion(Promotion promotion, List<Condition> conditions, Action action) {
    public CompiledPromotion {
        conditions = List.copyOf(conditions);
    }

    public record Condition(PromotionCondition code, PromotionArguments args) {
        ConditionOutcome test(CartView cart) {
            return code.test(cart, args);
        }
    }

    public record Action(PromotionAction code, PromotionArguments args) {
        PromotionEffect apply(CartView cart) {
            return code.apply(cart, args);
        }
    }

    public PromotionStage stage() {
        return action.code().stage();
    }

    /**
     * What the promotion does to the cart: the action's effect if every condition holds, otherwise
     * no effect with the largest amount still missing.
     */
    public PromotionEffect evaluate(CartView cart) {
        Optional<Money> missing = Optional.empty();
        boolean met = true;
        for (Condition condition : conditions) {
            ConditionOutcome outcome = condition.test(cart);
            if (!outcome.holds()) {
                met = false;
                if (outcome.missing().isPresent()
                        && missing.map(m -> outcome.missing().get().isGreaterThan(m)).orElse(true)) {
                    missing = outcome.missing();
                }
            }
        }
        return met ? action.apply(cart) : new PromotionEffect.NoEffect(missing);
    }
}
