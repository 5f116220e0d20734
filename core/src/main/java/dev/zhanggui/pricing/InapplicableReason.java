package dev.zhanggui.pricing;

/** Why a coupon, promotion or time-limited price did not apply to a quoted cart. */
public enum InapplicableReason {
    /** The covered goods cost less than the coupon's minimum spend; {@code missing} says by how much. */
    COUPON_MIN_SPEND_NOT_MET,
    /** No line of the cart is in the coupon's scope. */
    COUPON_OUT_OF_SCOPE,
    /** The coupon may not be used with the promotions that discounted this cart. */
    COUPON_NOT_STACKABLE,
    /** The coupon's window has not opened yet. */
    COUPON_NOT_STARTED,
    COUPON_EXPIRED,
    /** The coupon is reserved by another order or used. */
    COUPON_NOT_AVAILABLE,
    /** The customer holds no such coupon. */
    COUPON_NOT_FOUND,
    /** The coupon applies, but another one was requested or is better. */
    COUPON_NOT_CHOSEN,
    /** The promotion's spend threshold is not reached; {@code missing} says by how much. */
    PROMOTION_MIN_SPEND_NOT_MET,
    /** A condition of the promotion does not hold, or nothing in the cart qualifies. */
    PROMOTION_NOT_APPLICABLE,
    /** The customer bought as many at the time-limited price as its cap allows. */
    FLASH_CAP_EXCEEDED
}
