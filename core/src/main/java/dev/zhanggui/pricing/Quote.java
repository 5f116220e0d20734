package dev.zhanggui.pricing;

import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A priced cart, explained to the fen (报价). Totals are sums of the rounded lines:
 * {@code goodsTotal − promotionDiscount − couponDiscount = Σ line totals}, and
 * {@code payable = Σ line totals + shipping.charged}.
 *
 * @param discounts         each promotion and coupon that took something off, with its total
 * @param applicableCoupons the held coupons that would apply, best first
 * @param bestCoupon        the one that takes the most off
 * @param appliedCoupon     the one this quote used (per the request's coupon choice)
 * @param notApplied        what did not apply and why
 */
public record Quote(Instant at, List<QuotedLine> lines, Money goodsTotal, Money promotionDiscount,
                    Money couponDiscount, List<AppliedDiscount> discounts, ShippingQuote shipping, Money payable,
                    List<CouponOption> applicableCoupons, Optional<CouponOption> bestCoupon,
                    Optional<CouponOption> appliedCoupon, List<Inapplicable> notApplied) {
    public Quote {
        lines = List.copyOf(lines);
        discounts = List.copyOf(discounts);
        applicableCoupons = List.copyOf(applicableCoupons);
        notApplied = List.copyOf(notApplied);
    }
}
