package dev.zhanggui.promotion;

/**
 * When an action takes effect in a quote (see docs/guides/pricing.md): item actions on line amounts
 * after unit prices, order actions on what the items cost after item actions, shipping actions
 * after the coupon, on what the goods cost then.
 */
public enum PromotionStage {
    ITEM, ORDER, SHIPPING
}
