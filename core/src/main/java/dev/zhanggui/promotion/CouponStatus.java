package dev.zhanggui.promotion;

/** Where a customer's coupon stands (我的优惠券: 可用, 已使用, 已过期). */
public enum CouponStatus {
    /** Can be used now or once its window opens. */
    AVAILABLE,
    /** Held by an unpaid order; released if that order closes unpaid (优惠券订单关闭返还). */
    RESERVED,
    /** Spent on a paid order. */
    USED,
    /** Its window ended before it was used. */
    EXPIRED
}
