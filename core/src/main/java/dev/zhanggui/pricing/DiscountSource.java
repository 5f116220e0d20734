package dev.zhanggui.pricing;

/** Where a discount came from. */
public enum DiscountSource {
    PROMOTION, COUPON
}
