package dev.zhanggui.promotion;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

/** Who may run promotions and coupon templates: the merchant's staff. */
final class PromotionAccess {
    private PromotionAccess() {
    }

    static void requireStaff(Actor actor) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may do this");
        }
    }
}
