package dev.zhanggui.pricing;

import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponTemplate;

/** A coupon the customer holds with the template it was issued from: what a quote weighs. */
public record CouponOffer(Coupon coupon, CouponTemplate template) {
}
