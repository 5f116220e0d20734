package dev.zhanggui.catalog;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

/** Who may change the catalog's categories, stores and stock: the merchant's staff, never shoppers. */
final class CatalogAccess {
    private CatalogAccess() {
    }

    static void requireStaff(Actor actor) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may do this");
        }
    }
}
