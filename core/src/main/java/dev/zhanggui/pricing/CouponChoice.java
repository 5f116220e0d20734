package dev.zhanggui.pricing;

import dev.zhanggui.promotion.CouponId;

/** Which coupon a quote should use: none, the best available, or a named one. */
public sealed interface CouponChoice {
    CouponChoice NONE = new None();
    CouponChoice BEST = new Best();

    record None() implements CouponChoice {
    }

    record Best() implements CouponChoice {
    }

    record Specific(CouponId coupon) implements CouponChoice {
    }
}
