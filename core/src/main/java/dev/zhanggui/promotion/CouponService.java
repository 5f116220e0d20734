package dev.zhanggui.promotion;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRegistered;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The use cases of coupons held by customers: claiming with a code (兑换中心), staff grants (发券),
 * the new-member gift pack (新人礼包), a customer's list, and the order's operations reserve, consume
 * and release. Limits are counted by {@link CouponIssuance}, which never lets one be exceeded.
 */
public final class CouponService {
    private final CouponTemplateRepository templates;
    private final CouponRepository coupons;
    private final CouponCodeRepository codes;
    private final CouponIssuance issuance;
    private final CouponAudience audience;
    private final GiftPackSettings giftPacks;
    private final CustomerService customers;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public CouponService(CouponTemplateRepository templates, CouponRepository coupons, CouponCodeRepository codes,
                         CouponIssuance issuance, CouponAudience audience, GiftPackSettings giftPacks,
                         CustomerService customers, Transactions transactions, IdGenerator ids, Clock clock) {
        this.templates = templates;
        this.coupons = coupons;
        this.codes = codes;
        this.issuance = issuance;
        this.audience = audience;
        this.giftPacks = giftPacks;
        this.customers = customers;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** The calling customer claims a coupon with a code; every limit is checked at once. */
    public Coupon claim(Actor actor, String code) {
        String normalized = CouponCode.normalize(code);
        Customer me = customers.me(actor);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            CouponCode found = codes.find(actor.merchant(), normalized).orElseThrow(() ->
                    new DomainException(ErrorCode.COUPON_CODE_UNKNOWN, "No coupon for code " + normalized));
            CouponTemplate template = claimable(actor.merchant(), found.template())
                    .orElseThrow(() -> new DomainException(ErrorCode.COUPON_CODE_UNKNOWN,
                            "The code " + normalized + " no longer gives a coupon"));
            if (template.validity().endedAt(now)) {
                throw new DomainException(ErrorCode.COUPON_EXPIRED, "The coupons of this code have expired");
            }
            IssueOutcome outcome = issuance.tryIssue(IssueRequest.of(template, me.id(), Optional.of(found)));
            if (outcome != IssueOutcome.ISSUED) {
                throw new DomainException(outcome.refusal(), outcome.refusal().defaultMessage());
            }
            return store(Coupon.issue(new CouponId(ids.newId()), template, me.id(), CouponSource.CODE, now));
        });
    }

    /**
     * Staff issue a template's coupons to the customers a target reaches, each within the limits;
     * those at their limit are skipped, and the grant stops when the template is sold out.
     */
    public GrantResult grant(Actor actor, CouponTemplateId templateId, GrantTarget target) {
        PromotionAccess.requireStaff(actor);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            CouponTemplate template = claimable(actor.merchant(), templateId).orElseThrow(() ->
                    new DomainException(ErrorCode.COUPON_TEMPLATE_NOT_FOUND, "No enabled coupon template " + templateId));
            if (template.validity().endedAt(now)) {
                throw new DomainException(ErrorCode.COUPON_EXPIRED, "The coupons of this template have expired");
            }
            int issued = 0;
            Map<CustomerId, IssueOutcome> skipped = new LinkedHashMap<>();
            for (CustomerId customer : audience.customers(actor.merchant(), target)) {
                IssueOutcome outcome = issuance.tryIssue(IssueRequest.of(template, customer, Optional.empty()));
                if (outcome == IssueOutcome.ISSUED) {
                    store(Coupon.issue(new CouponId(ids.newId()), template, customer, CouponSource.GRANT, now));
                    issued++;
                } else {
                    skipped.put(customer, outcome);
                }
            }
            return new GrantResult(issued, skipped);
        });
    }

    /**
     * Gives a new customer the merchant's gift pack; templates sold out or disabled are left out.
     * Idempotent: a template of the pack the customer already got as a gift is not given again, so
     * a redelivered event changes nothing.
     */
    public List<Coupon> grantGiftPack(CustomerRegistered event) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Set<CouponTemplateId> alreadyGiven = new HashSet<>();
            coupons.heldBy(event.merchant(), event.customer()).stream()
                    .filter(c -> c.source() == CouponSource.GIFT_PACK).forEach(c -> alreadyGiven.add(c.template()));
            List<Coupon> given = new ArrayList<>();
            for (CouponTemplateId id : giftPacks.giftPack(event.merchant())) {
                if (alreadyGiven.contains(id)) {
                    continue;
                }
                Optional<CouponTemplate> template = claimable(event.merchant(), id)
                        .filter(t -> !t.validity().endedAt(now));
                if (template.isPresent() && issuance.tryIssue(IssueRequest.of(template.get(), event.customer(),
                        Optional.empty())) == IssueOutcome.ISSUED) {
                    given.add(store(Coupon.issue(new CouponId(ids.newId()), template.get(), event.customer(),
                            CouponSource.GIFT_PACK, now)));
                }
            }
            return given;
        });
    }

    /**
     * All the calling customer's coupons, newest first, optionally only those of one status (as of
     * now). A customer holds a handful; the APIs page with {@link #mine(Actor, Optional, PageRequest)}.
     */
    public List<Coupon> mine(Actor actor, Optional<CouponStatus> status) {
        Customer me = customers.me(actor);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> coupons.heldBy(actor.merchant(), me.id())).stream()
                .filter(c -> status.map(s -> c.statusAt(now) == s).orElse(true)).toList();
    }

    /** A page of the calling customer's coupons, newest first, optionally only those of one status (as of now). */
    public Page<Coupon> mine(Actor actor, Optional<CouponStatus> status, PageRequest page) {
        Customer me = customers.me(actor);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> coupons.heldBy(actor.merchant(), me.id(), status, now, page));
    }

    /** The coupons a customer can use now: what a quote chooses from. */
    public List<Coupon> usableBy(MerchantId merchant, CustomerId customer, Instant at) {
        return transactions.inTransaction(() -> coupons.heldBy(merchant, customer)).stream()
                .filter(c -> c.usableAt(at)).toList();
    }

    /** An unpaid order holds the customer's coupon; no other order can then use it. */
    public Coupon reserve(MerchantId merchant, CustomerId customer, CouponId id, String orderRef) {
        Instant now = clock.instant();
        return change(merchant, customer, id, c -> c.reserve(orderRef, now));
    }

    /** The order was paid: its coupon is used. */
    public Coupon consume(MerchantId merchant, CustomerId customer, CouponId id, String orderRef) {
        Instant now = clock.instant();
        return change(merchant, customer, id, c -> c.consume(orderRef, now));
    }

    /** The order closed unpaid: its coupon returns to the customer (优惠券订单关闭返还). */
    public Coupon release(MerchantId merchant, CustomerId customer, CouponId id, String orderRef) {
        return change(merchant, customer, id, c -> c.release(orderRef));
    }

    /** The paid order that used the coupon was voided: it returns to the customer if still valid. */
    public Coupon restore(MerchantId merchant, CustomerId customer, CouponId id, String orderRef) {
        Instant now = clock.instant();
        return change(merchant, customer, id, c -> c.restore(orderRef, now));
    }

    private Coupon change(MerchantId merchant, CustomerId customer, CouponId id,
                          Consumer<Coupon> verb) {
        return transactions.inTransaction(() -> {
            Coupon coupon = coupons.find(merchant, id).filter(c -> c.holder().equals(customer))
                    .orElseThrow(() -> new DomainException(ErrorCode.COUPON_NOT_FOUND, "No coupon " + id));
            long before = coupon.version();
            verb.accept(coupon);
            try {
                coupons.update(coupon, before);
            } catch (DomainException e) {
                if (e.code() == ErrorCode.VERSION_CONFLICT) {
                    throw new DomainException(ErrorCode.COUPON_NOT_AVAILABLE, "Coupon " + id + " changed meanwhile");
                }
                throw e;
            }
            return coupon;
        });
    }

    private Optional<CouponTemplate> claimable(MerchantId merchant, CouponTemplateId id) {
        return templates.find(merchant, id).filter(CouponTemplate::enabled);
    }

    private Coupon store(Coupon coupon) {
        coupons.add(coupon);
        return coupon;
    }
}
