package dev.zhanggui.promotion;

/** How a customer came to hold a coupon. */
public enum CouponSource {
    /** Claimed with a code in the redemption centre (兑换中心). */
    CODE,
    /** Issued by staff (发券). */
    GRANT,
    /** The new-member gift pack (新人礼包). */
    GIFT_PACK
}
