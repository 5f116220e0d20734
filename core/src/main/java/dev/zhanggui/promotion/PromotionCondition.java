package dev.zhanggui.promotion;

import java.util.List;

/** Registered code deciding whether a promotion applies to a cart; known by its stable {@link #code()}. */
public interface PromotionCondition {
    String code();

    List<ArgumentSpec> arguments();

    ConditionOutcome test(CartView cart, PromotionArguments args);
}
