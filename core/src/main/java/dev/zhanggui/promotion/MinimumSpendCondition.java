package dev.zhanggui.promotion;

import dev.zhanggui.shared.Money;

import java.util.List;

/** {@code minimum_spend {amount}}: the cart costs at least the amount at the action's stage (满额). */
public final class MinimumSpendCondition implements PromotionCondition {
    public static final String CODE = "minimum_spend";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<ArgumentSpec> arguments() {
        return List.of(ArgumentSpec.required("amount", ArgumentType.MONEY));
    }

    @Override
    public ConditionOutcome test(CartView cart, PromotionArguments args) {
        Money needed = args.money("amount");
        Money spent = cart.amount();
        return spent.isAtLeast(needed) ? ConditionOutcome.holdsNow() : ConditionOutcome.missing(needed.minus(spent));
    }
}
