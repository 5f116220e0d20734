package dev.zhanggui.pricing;

/**
 * Which pricing tier set a unit price (价格来源), so every price can be explained. The order of the
 * constants breaks ties between equal prices: the earlier, plainer tier is named.
 */
public enum PriceTier {
    /** The SKU's own price. */
    LIST,
    /** A fixed price for the customer's member level (等级会员价). */
    LEVEL_PRICE,
    /** The customer's member level rate times the list price. */
    LEVEL_RATE,
    /** A price list of the customer or their group, for the quantity bought (B2B). */
    PRICE_LIST,
    /** A running time-limited price (限时购). */
    FLASH_PRICE
}
