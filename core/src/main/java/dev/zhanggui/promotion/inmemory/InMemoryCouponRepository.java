package dev.zhanggui.promotion.inmemory;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponId;
import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.inmemory.InMemoryPages;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Coupons in memory, kept as copies; an update is conditional on the stored version, as in a database. */
public final class InMemoryCouponRepository implements CouponRepository {
    private final Map<CouponId, Coupon> coupons = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Coupon> find(MerchantId merchant, CouponId id) {
        return Optional.ofNullable(coupons.get(id)).filter(c -> c.merchant().equals(merchant)).map(Coupon::copy);
    }

    @Override
    public synchronized List<Coupon> heldBy(MerchantId merchant, CustomerId customer) {
        return coupons.values().stream().filter(c -> c.merchant().equals(merchant) && c.holder().equals(customer))
                .sorted(Comparator.comparing(Coupon::issuedAt).thenComparing(c -> c.id().value()).reversed())
                .map(Coupon::copy).toList();
    }

    @Override
    public synchronized Page<Coupon> heldBy(MerchantId merchant, CustomerId customer, Optional<CouponStatus> status,
                                            Instant at, PageRequest page) {
        return InMemoryPages.descending(coupons.values().stream()
                .filter(c -> c.merchant().equals(merchant) && c.holder().equals(customer))
                .filter(c -> status.map(s -> c.statusAt(at) == s).orElse(true))
                .map(Coupon::copy), c -> c.id().toString(), page);
    }

    @Override
    public synchronized void add(Coupon coupon) {
        coupons.put(coupon.id(), coupon.copy());
    }

    @Override
    public synchronized void update(Coupon coupon, long expectedStoredVersion) {
        Coupon stored = coupons.get(coupon.id());
        if (stored == null || stored.version() != expectedStoredVersion) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "Coupon " + coupon.id() + " changed meanwhile");
        }
        coupons.put(coupon.id(), coupon.copy());
    }

    public synchronized int count() {
        return coupons.size();
    }
}
