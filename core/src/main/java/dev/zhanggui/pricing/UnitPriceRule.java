package dev.zhanggui.pricing;

/** The unit price rule a merchant chose; each names a {@link UnitPricePolicy}. */
public enum UnitPriceRule {
    /** {@link DefaultUnitPricePolicy}: the lowest applicable price. */
    LOWEST,
    /** {@link PriceListFirstUnitPricePolicy}: the price list wins for B2B customers. */
    PRICE_LIST_FIRST
}
