package dev.zhanggui.rest.promotion;

import dev.zhanggui.promotion.CouponFields;
import dev.zhanggui.promotion.CouponTerms;
import dev.zhanggui.promotion.GrantTarget;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** What staff send to define coupon templates, add codes and grant coupons. */
public final class CouponTemplateInputs {
    private CouponTemplateInputs() {
    }

    @Schema(name = "CouponTemplateInput")
    public record TemplateInput(
            @Schema(required = true, description = "1 to 64 characters") String name,
            @Schema(required = true) Benefit benefit,
            @Schema(format = "number", nullable = true, example = "99.00", description = "Default 0.00") String minimumSpend,
            @Schema(nullable = true, description = "Default ALL") Scope scope,
            @Schema(required = true) Validity validity,
            @Schema(required = true, description = "1 to 10,000,000") Integer totalQuantity,
            @Schema(required = true, description = "1 to the total quantity") Integer perCustomerLimit,
            @Schema(nullable = true, description = "May it be used on a cart promotions discounted? Default true")
            Boolean stackableWithPromotions) {
        CouponTerms toTerms() {
            return CouponFields.terms(name, benefit == null ? null : benefit.text(), minimumSpend,
                    scope == null ? null : new CouponFields.ScopeText(scope.kind(), scope.ids()),
                    validity == null ? null : new CouponFields.ValidityText(validity.kind(), validity.from(),
                            validity.until(), validity.days()),
                    totalQuantity, perCustomerLimit, stackableWithPromotions);
        }
    }

    @Schema(name = "CouponBenefitInput")
    public record Benefit(@Schema(required = true, description = "FIXED_AMOUNT or RATE") String kind,
                          @Schema(format = "number", nullable = true, example = "10.00") String amount,
                          @Schema(format = "number", nullable = true, example = "0.9", description = "Pay this share (0.9: 10% off)")
                          String rate,
                          @Schema(format = "number", nullable = true, example = "50.00", description = "At most this much off") String cap) {
        CouponFields.BenefitText text() {
            return new CouponFields.BenefitText(kind, amount, rate, cap);
        }
    }

    @Schema(name = "CouponScopeInput")
    public record Scope(@Schema(description = "ALL, CATEGORIES, PRODUCTS or STORES") String kind, List<String> ids) {
    }

    @Schema(name = "CouponValidityInput")
    public record Validity(@Schema(required = true, description = "FIXED_WINDOW or DAYS_FROM_CLAIM") String kind,
                           @Schema(nullable = true, example = "2026-06-01T00:00:00Z") String from,
                           @Schema(nullable = true, example = "2026-07-01T00:00:00Z") String until,
                           @Schema(nullable = true, description = "1 to 3660") Integer days) {
    }

    @Schema(name = "CouponGrantInput")
    public record GrantInput(@Schema(required = true, description = "ALL_MEMBERS, TAG, LEVEL or CUSTOMERS") String target,
                             @Schema(nullable = true) String tag,
                             @Schema(nullable = true, description = "A member level id") String level,
                             @Schema(nullable = true, description = "Customer ids") List<String> customers) {
        GrantTarget toTarget() {
            return CouponFields.target(target, tag, level, customers);
        }
    }

    @Schema(name = "CouponCodesInput", description = "count unique single-use codes, or one shared code with a limit")
    public record CodesInput(@Schema(nullable = true, description = "How many unique codes to generate") Integer count,
                             @Schema(nullable = true, example = "WELCOME10") String sharedCode,
                             @Schema(nullable = true, description = "How many claims the shared code allows") Integer limit) {
    }

    @Schema(name = "EnabledInput")
    public record EnabledInput(@Schema(required = true) Boolean enabled) {
    }
}
