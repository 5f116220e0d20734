package dev.zhanggui.promotion;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.shared.Money;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code category_percentage_off {category, percent}}: lines of a category cost {@code percent}
 * less, each line's discount rounded HALF_UP to the fen. The promotion's window limits it in time.
 */
public final class CategoryPercentageOffAction implements PromotionAction {
    public static final String CODE = "category_percentage_off";
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public List<ArgumentSpec> arguments() {
        return List.of(ArgumentSpec.required("category", ArgumentType.CATEGORY_ID),
                ArgumentSpec.required("percent", ArgumentType.PERCENT));
    }

    @Override
    public PromotionStage stage() {
        return PromotionStage.ITEM;
    }

    @Override
    public PromotionEffect apply(CartView cart, PromotionArguments args) {
        CategoryId category = args.category("category");
        BigDecimal factor = args.percent("percent").divide(HUNDRED);
        Map<Integer, Money> discounts = new LinkedHashMap<>();
        for (CartLineView line : cart.lines()) {
            if (line.categories().contains(category) && line.amount().isPositive()) {
                discounts.put(line.index(), line.amount().times(factor));
            }
        }
        return discounts.isEmpty() ? new PromotionEffect.NoEffect(Optional.empty())
                : new PromotionEffect.LineDiscounts(discounts);
    }
}
