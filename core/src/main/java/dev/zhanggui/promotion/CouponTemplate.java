package dev.zhanggui.promotion;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A coupon template (优惠券): what each coupon issued from it gives (benefit, minimum spend, scope),
 * how long it lasts, how many may be issued in all and to one customer, and whether it may be used
 * on an order a promotion already discounted. How many were issued is counted by
 * {@link CouponIssuance}, not here: that counter is a hot row. Immutable; changes make new values.
 */
public record CouponTemplate(CouponTemplateId id, MerchantId merchant, String name, CouponBenefit benefit,
                             Money minimumSpend, CouponScope scope, CouponValidity validity, int totalQuantity,
                             int perCustomerLimit, boolean stackableWithPromotions, boolean enabled, long version) {
    public static final int MAX_QUANTITY = 10_000_000;

    public CouponTemplate {
        List<FieldError> errors = new ArrayList<>();
        name = name == null ? "" : name.strip();
        if (name.isEmpty() || name.length() > 64) {
            errors.add(invalid("name", "A template name must be 1 to 64 characters"));
        }
        if (benefit == null) {
            errors.add(invalid("benefit", "A coupon needs a benefit"));
        }
        if (minimumSpend == null || minimumSpend.isNegative()) {
            errors.add(invalid("minimumSpend", "The minimum spend must be zero or more"));
        }
        if (scope == null) {
            errors.add(invalid("scope", "A coupon needs a scope"));
        }
        if (validity == null) {
            errors.add(invalid("validity", "A coupon needs a validity"));
        }
        if (totalQuantity < 1 || totalQuantity > MAX_QUANTITY) {
            errors.add(invalid("totalQuantity", "The total quantity must be 1 to " + MAX_QUANTITY));
        }
        if (perCustomerLimit < 1 || perCustomerLimit > totalQuantity) {
            errors.add(invalid("perCustomerLimit", "The per-customer limit must be 1 to the total quantity"));
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.COUPON_TEMPLATE_INVALID, "The coupon template is not valid", errors);
        }
        Objects.requireNonNull(id, "id");
    }

    private static FieldError invalid(String field, String message) {
        return new FieldError(field, ErrorCode.COUPON_TEMPLATE_INVALID, message);
    }

    public CouponTemplate revised(CouponTerms terms) {
        return new CouponTemplate(id, merchant, terms.name(), terms.benefit(), terms.minimumSpend(), terms.scope(),
                terms.validity(), terms.totalQuantity(), terms.perCustomerLimit(), terms.stackableWithPromotions(),
                enabled, version + 1);
    }

    public CouponTemplate enabled(boolean on) {
        return new CouponTemplate(id, merchant, name, benefit, minimumSpend, scope, validity, totalQuantity,
                perCustomerLimit, stackableWithPromotions, on, version + 1);
    }
}
