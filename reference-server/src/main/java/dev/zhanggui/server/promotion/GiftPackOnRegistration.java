package dev.zhanggui.server.promotion;

import dev.zhanggui.customer.CustomerRegistered;
import dev.zhanggui.promotion.CouponService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Gives every new customer the merchant's new-member gift pack (新人礼包) when the customer is
 * registered, in the registration's own transaction: the customer and their gift coupons are
 * stored together or not at all. Granting is idempotent per template, so a redelivered event
 * gives nothing more.
 */
@ApplicationScoped
public class GiftPackOnRegistration {
    @Inject
    CouponService coupons;

    void grant(@Observes CustomerRegistered registered) {
        coupons.grantGiftPack(registered);
    }
}
