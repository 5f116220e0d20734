package dev.zhanggui.promotion;

import dev.zhanggui.shared.Money;

import java.util.List;
import java.util.Optional;

/**
 * {@code tiered_spend_discount {tiers}}: spend X save Y (满额减), tiered — the highest tier the order
 * reaches gives its discount (200 → 20 off, 500 → 60 off), split over the lines that cost something.
 */
public final class TieredSpendDiscountAction implements PromotionAction {
    public static final String CODE = "tiered_spend_discount";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<ArgumentSpec> arguments() {
        return List.of(ArgumentSpec.required("tiers", ArgumentType.MONEY_TIERS));
    }

    @Override
    public PromotionStage stage() {
        return PromotionStage.ORDER;
    }

    @Override
    public PromotionEffect apply(CartView cart, PromotionArguments args) {
        List<SpendTier> tiers = args.tiers("tiers");
        Money spent = cart.amount();
        SpendTier reached = null;
        for (SpendTier tier : tiers) {
            if (spent.isAtLeast(tier.threshold())) {
                reached = tier;
            }
        }
        if (reached == null) {
            return new PromotionEffect.NoEffect(Optional.of(tiers.getFirst().threshold().minus(spent)));
        }
        List<Integer> lines = cart.lines().stream().filter(l -> l.amount().isPositive())
                .map(CartLineView::index).toList();
        return new PromotionEffect.OrderDiscount(reached.discount(), lines);
    }
}
