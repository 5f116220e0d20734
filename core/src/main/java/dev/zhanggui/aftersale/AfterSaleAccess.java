package dev.zhanggui.aftersale;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

/** Who may do what with after-sales: customers only with their own (checked on load), the merchant's side the rest. */
final class AfterSaleAccess {
    private AfterSaleAccess() {
    }

    static void requireStaff(Actor actor) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may do this");
        }
    }

    static void requireCustomer(Actor actor) {
        if (!actor.isCustomer()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only a signed-in customer may do this");
        }
    }
}
