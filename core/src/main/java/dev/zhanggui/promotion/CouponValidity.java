package dev.zhanggui.promotion;

import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.time.Duration;
import java.time.Instant;

/** When a claimed coupon can be used: a fixed window, or N days from claiming it. */
public sealed interface CouponValidity {
    ValidityWindow windowFor(Instant claimedAt);

    /** Whether no coupon claimed at {@code at} could ever be used. */
    boolean endedAt(Instant at);

    record FixedWindow(ValidityWindow window) implements CouponValidity {
        public FixedWindow {
            if (window == null || window.until().isEmpty()) {
                throw DomainException.invalidField("validity.until", ErrorCode.COUPON_TEMPLATE_INVALID,
                        "A coupon's fixed window needs an end");
            }
        }

        @Override
        public ValidityWindow windowFor(Instant claimedAt) {
            return window;
        }

        @Override
        public boolean endedAt(Instant at) {
            return window.hasEndedAt(at);
        }
    }

    record DaysFromClaim(int days) implements CouponValidity {
        public DaysFromClaim {
            if (days < 1 || days > 3660) {
                throw DomainException.invalidField("validity.days", ErrorCode.COUPON_TEMPLATE_INVALID,
                        "A coupon is valid for 1 to 3660 days from claiming");
            }
        }

        @Override
        public ValidityWindow windowFor(Instant claimedAt) {
            return ValidityWindow.between(claimedAt, claimedAt.plus(Duration.ofDays(days)));
        }

        @Override
        public boolean endedAt(Instant at) {
            return false;
        }
    }
}
