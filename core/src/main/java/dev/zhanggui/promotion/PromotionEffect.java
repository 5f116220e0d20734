package dev.zhanggui.promotion;

import dev.zhanggui.shared.Money;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What a promotion action does to a cart; the quote applies it at the action's stage. */
public sealed interface PromotionEffect {
    /** Discounts on single lines, by line index, each already rounded HALF_UP to the fen. */
    record LineDiscounts(Map<Integer, Money> byLine) implements PromotionEffect {
        public LineDiscounts {
            byLine = Map.copyOf(byLine);
        }
    }

    /** One discount on the order, split over the given lines by largest remainder. */
    record OrderDiscount(Money amount, List<Integer> lines) implements PromotionEffect {
        public OrderDiscount {
            lines = List.copyOf(lines);
        }
    }

    /** Shipping costs nothing. */
    record FreeShipping() implements PromotionEffect {
    }

    /** Nothing to do for this cart; {@code missing} says how much more spend would change that. */
    record NoEffect(Optional<Money> missing) implements PromotionEffect {
    }
}
