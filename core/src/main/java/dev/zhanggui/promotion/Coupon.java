package dev.zhanggui.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.Optional;

/**
 * A coupon a customer holds (我的优惠券), issued from a template. It is reserved by an unpaid order,
 * then consumed when that order is paid or released when it closes unpaid. Expiry is read from the
 * window: an available coupon past its end is expired without anyone writing it.
 */
public final class Coupon {
    private final CouponId id;
    private final MerchantId merchant;
    private final CouponTemplateId template;
    private final CustomerId holder;
    private final ValidityWindow window;
    private final CouponSource source;
    private final Instant issuedAt;
    private CouponStatus status;
    private Optional<String> order;
    private Optional<Instant> usedAt;
    private long version;

    public Coupon(CouponId id, MerchantId merchant, CouponTemplateId template, CustomerId holder,
                  ValidityWindow window, CouponSource source, Instant issuedAt, CouponStatus status,
                  Optional<String> order, Optional<Instant> usedAt, long version) {
        this.id = id;
        this.merchant = merchant;
        this.template = template;
        this.holder = holder;
        this.window = window;
        this.source = source;
        this.issuedAt = issuedAt;
        this.status = status;
        this.order = order;
        this.usedAt = usedAt;
        this.version = version;
    }

    public static Coupon issue(CouponId id, CouponTemplate template, CustomerId holder, CouponSource source,
                               Instant now) {
        return new Coupon(id, template.merchant(), template.id(), holder, template.validity().windowFor(now), source,
                now, CouponStatus.AVAILABLE, Optional.empty(), Optional.empty(), 0);
    }

    /** The status as of {@code now}: an available coupon whose window ended is expired. */
    public CouponStatus statusAt(Instant now) {
        return status == CouponStatus.AVAILABLE && window.hasEndedAt(now) ? CouponStatus.EXPIRED : status;
    }

    /** Whether it could discount an order placed at {@code now}. */
    public boolean usableAt(Instant now) {
        return statusAt(now) == CouponStatus.AVAILABLE && window.contains(now);
    }

    /** Holds the coupon for an unpaid order; refused unless it is available and valid now. */
    public void reserve(String orderRef, Instant now) {
        CouponStatus current = statusAt(now);
        if (current == CouponStatus.EXPIRED) {
            throw new DomainException(ErrorCode.COUPON_EXPIRED, "Coupon " + id + " expired at " + window.until().orElseThrow());
        }
        if (current != CouponStatus.AVAILABLE) {
            throw new DomainException(ErrorCode.COUPON_NOT_AVAILABLE, "Coupon " + id + " is " + current);
        }
        if (!window.contains(now)) {
            throw new DomainException(ErrorCode.COUPON_NOT_STARTED, "Coupon " + id + " is valid from " + window.from());
        }
        status = CouponStatus.RESERVED;
        order = Optional.of(orderRef);
        version++;
    }

    /** The order that reserved it was paid: the coupon is used for good. */
    public void consume(String orderRef, Instant now) {
        requireReservedFor(orderRef);
        status = CouponStatus.USED;
        usedAt = Optional.of(now);
        version++;
    }

    /** The order that reserved it closed unpaid: the coupon goes back to the customer (it may have expired meanwhile). */
    public void release(String orderRef) {
        requireReservedFor(orderRef);
        status = CouponStatus.AVAILABLE;
        order = Optional.empty();
        version++;
    }

    /**
     * The paid order that used it was voided (or refunded in full before shipping): the coupon goes
     * back to the customer if it is still valid now; an expired one stays used. Returns whether it went back.
     */
    public boolean restore(String orderRef, Instant now) {
        if (status != CouponStatus.USED || order.filter(orderRef::equals).isEmpty()) {
            throw new DomainException(ErrorCode.COUPON_NOT_AVAILABLE,
                    "Coupon " + id + " was not used by order " + orderRef);
        }
        if (!window.contains(now)) {
            return false;
        }
        status = CouponStatus.AVAILABLE;
        order = Optional.empty();
        usedAt = Optional.empty();
        version++;
        return true;
    }

    private void requireReservedFor(String orderRef) {
        if (status != CouponStatus.RESERVED || order.filter(orderRef::equals).isEmpty()) {
            throw new DomainException(ErrorCode.COUPON_NOT_AVAILABLE,
                    "Coupon " + id + " is not reserved for order " + orderRef);
        }
    }

    public Coupon copy() {
        return new Coupon(id, merchant, template, holder, window, source, issuedAt, status, order, usedAt, version);
    }

    public CouponId id() {
        return id;
    }

    public MerchantId merchant() {
        return merchant;
    }

    public CouponTemplateId template() {
        return template;
    }

    public CustomerId holder() {
        return holder;
    }

    public ValidityWindow window() {
        return window;
    }

    public CouponSource source() {
        return source;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    /** The stored status; use {@link #statusAt(Instant)} to see expiry. */
    public CouponStatus status() {
        return status;
    }

    public Optional<String> order() {
        return order;
    }

    public Optional<Instant> usedAt() {
        return usedAt;
    }

    public long version() {
        return version;
    }
}
