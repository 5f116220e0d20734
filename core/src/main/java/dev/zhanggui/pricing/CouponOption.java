package dev.zhanggui.pricing;

import dev.zhanggui.promotion.CouponId;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.shared.Money;

/** A held coupon that applies to the cart, and what it would take off. */
public record CouponOption(CouponId coupon, CouponTemplateId template, String name, Money discount) {
}
