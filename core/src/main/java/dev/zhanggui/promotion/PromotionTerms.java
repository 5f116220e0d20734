package dev.zhanggui.promotion;

import dev.zhanggui.pricing.ValidityWindow;

import java.util.List;

/** A promotion as staff enter it. */
public record PromotionTerms(String name, ValidityWindow window, List<PromotionRule> conditions,
                             PromotionRule action, int priority) {
}
