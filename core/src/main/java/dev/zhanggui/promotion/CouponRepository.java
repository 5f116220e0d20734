package dev.zhanggui.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: the coupons customers hold. */
public interface CouponRepository {
    Optional<Coupon> find(MerchantId merchant, CouponId id);

    /** All the customer's coupons, newest first: what a quote weighs (a customer holds a handful). */
    List<Coupon> heldBy(MerchantId merchant, CustomerId customer);

    /**
     * One page of the customer's coupons, newest first, optionally only those with a status as of
     * {@code at} ({@link Coupon#statusAt}: an available coupon whose window ended counts as expired).
     */
    Page<Coupon> heldBy(MerchantId merchant, CustomerId customer, Optional<CouponStatus> status, Instant at,
                        PageRequest page);

    void add(Coupon coupon);

    /**
     * Stores a change if the stored coupon still has {@code expectedStoredVersion} (a conditional
     * update); refused with VERSION_CONFLICT otherwise, so a coupon is never reserved twice.
     */
    void update(Coupon coupon, long expectedStoredVersion);
}
