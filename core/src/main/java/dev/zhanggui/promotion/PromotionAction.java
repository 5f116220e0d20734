package dev.zhanggui.promotion;

import java.util.List;

/** Registered code deciding what a promotion gives; known by its stable {@link #code()}. */
public interface PromotionAction {
    String code();

    List<ArgumentSpec> arguments();

    PromotionStage stage();

    PromotionEffect apply(CartView cart, PromotionArguments args);
}
