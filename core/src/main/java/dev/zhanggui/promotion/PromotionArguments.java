package dev.zhanggui.promotion;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.shared.Money;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** The checked, typed arguments of one condition or action; built by the {@link PromotionRegistry}. */
public final class PromotionArguments {
    private final Map<String, Object> values;

    PromotionArguments(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public Money money(String name) {
        return (Money) values.get(name);
    }

    public BigDecimal percent(String name) {
        return (BigDecimal) values.get(name);
    }

    public CategoryId category(String name) {
        return (CategoryId) values.get(name);
    }

    @SuppressWarnings("unchecked")
    public List<SpendTier> tiers(String name) {
        return (List<SpendTier>) values.get(name);
    }
}
