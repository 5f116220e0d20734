package dev.zhanggui.order;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

/** Who may do what with orders: customers only their own (checked by the services), the merchant's side the rest. */
final class OrderAccess {
    private OrderAccess() {
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
