package dev.zhanggui.promotion;

import dev.zhanggui.shared.Money;

/** A coupon template as staff enter it. */
public record CouponTerms(String name, CouponBenefit benefit, Money minimumSpend, CouponScope scope,
                          CouponValidity validity, int totalQuantity, int perCustomerLimit,
                          boolean stackableWithPromotions) {
}
