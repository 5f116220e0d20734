package dev.zhanggui.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.customer.Tag;
import dev.zhanggui.pricing.PricingFields;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/**
 * Reads coupon inputs as both APIs receive them (text) into domain values, refusing bad ones with
 * {@code COUPON_TEMPLATE_INVALID} (or the grant's code) and the field at fault.
 */
public final class CouponFields {
    private static final ErrorCode INVALID = ErrorCode.COUPON_TEMPLATE_INVALID;

    private CouponFields() {
    }

    /** A coupon's benefit: {@code FIXED_AMOUNT} with an amount, or {@code RATE} (0.9: pay 90%) with an optional cap. */
    public record BenefitText(String kind, String amount, String rate, String cap) {
    }

    /** A coupon's scope: {@code ALL}, or {@code CATEGORIES}, {@code PRODUCTS}, {@code STORES} with ids. */
    public record ScopeText(String kind, List<String> ids) {
    }

    /** A coupon's validity: {@code FIXED_WINDOW} from/until (ISO 8601), or {@code DAYS_FROM_CLAIM} with days. */
    public record ValidityText(String kind, String from, String until, Integer days) {
    }

    public static CouponTerms terms(String name, BenefitText benefit, String minimumSpend, ScopeText scope,
                                    ValidityText validity, Integer totalQuantity, Integer perCustomerLimit,
                                    Boolean stackable) {
        return new CouponTerms(name, benefit(benefit),
                PricingFields.money("minimumSpend", minimumSpend, INVALID).orElse(Money.zero()), scope(scope),
                validity(validity), required("totalQuantity", totalQuantity), required("perCustomerLimit",
                perCustomerLimit), stackable == null || stackable);
    }

    static CouponBenefit benefit(BenefitText text) {
        String kind = text == null ? null : upper(text.kind());
        if ("FIXED_AMOUNT".equals(kind)) {
            return new CouponBenefit.FixedAmount(PricingFields.requiredMoney("benefit.amount", text.amount(), INVALID));
        }
        if ("RATE".equals(kind)) {
            return new CouponBenefit.Rate(decimal("benefit.rate", text.rate()),
                    PricingFields.money("benefit.cap", text.cap(), INVALID));
        }
        throw DomainException.invalidField("benefit.kind", INVALID, "benefit.kind is FIXED_AMOUNT or RATE");
    }

    static CouponScope scope(ScopeText text) {
        if (text == null || text.kind() == null || upper(text.kind()).equals("ALL")) {
            return CouponScope.ALL;
        }
        CouponScope.Kind kind;
        try {
            kind = CouponScope.Kind.valueOf(upper(text.kind()));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("scope.kind", INVALID, "scope.kind is ALL, CATEGORIES, PRODUCTS or STORES");
        }
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : text.ids() == null ? List.<String>of() : text.ids()) {
            ids.add(uuid("scope.ids", id, INVALID));
        }
        return new CouponScope(kind, ids);
    }

    static CouponValidity validity(ValidityText text) {
        String kind = text == null ? null : upper(text.kind());
        if ("DAYS_FROM_CLAIM".equals(kind)) {
            return new CouponValidity.DaysFromClaim(required("validity.days", text.days()));
        }
        if ("FIXED_WINDOW".equals(kind)) {
            Instant from = PricingFields.instant("validity.from", text.from(), INVALID).orElse(null);
            Instant until = PricingFields.instant("validity.until", text.until(), INVALID).orElse(null);
            return new CouponValidity.FixedWindow(ValidityWindow.of(from, until, "validity", INVALID));
        }
        throw DomainException.invalidField("validity.kind", INVALID, "validity.kind is FIXED_WINDOW or DAYS_FROM_CLAIM");
    }

    /** Whom a grant reaches: {@code ALL_MEMBERS}, {@code TAG} (a tag), {@code LEVEL} (a level id) or {@code CUSTOMERS} (ids). */
    public static GrantTarget target(String kind, String tag, String level, List<String> customers) {
        switch (kind == null ? "" : upper(kind)) {
            case "ALL_MEMBERS":
                return new GrantTarget.AllMembers();
            case "TAG":
                if (tag == null || tag.isBlank()) {
                    throw DomainException.invalidField("tag", ErrorCode.VALIDATION_FAILED, "Name the tag");
                }
                return new GrantTarget.Tagged(new Tag(tag.strip()));
            case "LEVEL":
                return new GrantTarget.AtLevel(new MemberLevelId(uuid("level", level, ErrorCode.MEMBER_LEVEL_NOT_FOUND)));
            case "CUSTOMERS":
                if (customers == null || customers.isEmpty() || customers.size() > 10_000) {
                    throw DomainException.invalidField("customers", ErrorCode.VALIDATION_FAILED,
                            "List 1 to 10000 customers");
                }
                List<CustomerId> ids = new ArrayList<>();
                for (String c : customers) {
                    ids.add(new CustomerId(uuid("customers", c, ErrorCode.CUSTOMER_NOT_FOUND)));
                }
                return new GrantTarget.Listed(ids);
            default:
                throw DomainException.invalidField("target", ErrorCode.VALIDATION_FAILED,
                        "target is ALL_MEMBERS, TAG, LEVEL or CUSTOMERS");
        }
    }

    private static int required(String field, Integer value) {
        if (value == null) {
            throw DomainException.invalidField(field, INVALID, field + " is required");
        }
        return value;
    }

    private static BigDecimal decimal(String field, String text) {
        try {
            if (text == null || text.length() > 12) {
                throw new NumberFormatException();
            }
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw DomainException.invalidField(field, INVALID, field + " must be a decimal such as 0.9");
        }
    }

    private static UUID uuid(String field, String text, ErrorCode code) {
        try {
            return UUID.fromString(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field, code, "No such id " + text);
        }
    }

    private static String upper(String text) {
        return text == null ? "" : text.strip().toUpperCase(Locale.ROOT);
    }
}
