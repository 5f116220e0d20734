package dev.zhanggui.pricing;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

/** Who may change prices: the merchant's staff, never shoppers. */
final class PricingAccess {
    private PricingAccess() {
    }

    static void requireStaff(Actor actor) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may do this");
        }
    }
}
