package dev.zhanggui.promotion;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;

import java.math.BigDecimal;
import java.util.Optional;

/** What a coupon takes off: a fixed amount, or a rate of what it covers (0.8: pay 80%) with an optional cap. */
public sealed interface CouponBenefit {
    /** The discount on {@code eligible}, the amount the coupon covers; never more than it. */
    Money discountOn(Money eligible);

    record FixedAmount(Money amount) implements CouponBenefit {
        public FixedAmount {
            if (amount == null || !amount.isPositive()) {
                throw DomainException.invalidField("benefit.amount", ErrorCode.COUPON_TEMPLATE_INVALID,
                        "A coupon's amount must be positive");
            }
        }

        @Override
        public Money discountOn(Money eligible) {
            return amount.min(eligible);
        }
    }

    /** Pay {@code rate} of the covered amount (0 &lt; rate &lt; 1); the discount is rounded HALF_UP to the fen. */
    record Rate(BigDecimal rate, Optional<Money> cap) implements CouponBenefit {
        public Rate {
            if (rate == null || rate.signum() <= 0 || rate.compareTo(BigDecimal.ONE) >= 0
                    || rate.stripTrailingZeros().scale() > 4) {
                throw DomainException.invalidField("benefit.rate", ErrorCode.COUPON_TEMPLATE_INVALID,
                        "A coupon's rate must be above 0 and below 1, with at most 4 decimals");
            }
            cap = cap == null ? Optional.empty() : cap;
            if (cap.isPresent() && !cap.get().isPositive()) {
                throw DomainException.invalidField("benefit.cap", ErrorCode.COUPON_TEMPLATE_INVALID,
                        "A coupon's cap must be positive");
            }
        }

        @Override
        public Money discountOn(Money eligible) {
            Money off = eligible.times(BigDecimal.ONE.subtract(rate));
            return cap.map(off::min).orElse(off).min(eligible);
        }
    }
}
