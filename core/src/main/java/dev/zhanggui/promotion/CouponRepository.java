package dev.zhanggui.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.util.List;
import java.util.Optional;

/** Port: the coupons customers hold. */
public interface CouponRepository {
    Optional<Coupon> find(MerchantId merchant, CouponId id);

    /** The customer's coupons, newest first. */
    List<Coupon> heldBy(MerchantId merchant, CustomerId customer);

    void add(Coupon coupon);

    /**
     * Stores a change if the stored coupon still has {@code expectedStoredVersion} (a conditional
     * update); refused with VERSION_CONFLICT otherwise, so a coupon is never reserved twice.
     */
    void update(Coupon coupon, long expectedStoredVersion);
}
