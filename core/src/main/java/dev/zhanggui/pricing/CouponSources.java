package dev.zhanggui.pricing;

import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.promotion.CouponTemplateRepository;
import dev.zhanggui.promotion.PromotionService;

/** The ports a quote reads promotions and the customer's coupons from. */
public record CouponSources(PromotionService promotions, CouponRepository coupons,
                            CouponTemplateRepository templates) {
}
