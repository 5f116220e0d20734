package dev.zhanggui.graphql.promotion;

import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponBenefit;
import dev.zhanggui.promotion.CouponFields;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTerms;
import dev.zhanggui.promotion.CouponValidity;
import dev.zhanggui.promotion.GrantResult;
import dev.zhanggui.promotion.GrantTarget;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The GraphQL types, inputs and payloads of coupons (优惠券). Money as decimal strings in yuan. */
public final class CouponTypes {
    private CouponTypes() {
    }

    @Type("Coupon")
    @Description("A coupon a customer holds, with its status as of now")
    public record CouponNode(@NonNull @Id String id, @NonNull @Id String template, @NonNull @Id String customer,
                             @NonNull String validFrom, String validUntil,
                             @NonNull @Description("CODE, GRANT or GIFT_PACK") String source,
                             @NonNull String issuedAt,
                             @NonNull @Description("AVAILABLE, RESERVED, USED or EXPIRED") String status,
                             String usedAt) {
        public static CouponNode of(Coupon c, Instant now) {
            return new CouponNode(c.id().value().toString(), c.template().value().toString(),
                    c.holder().value().toString(), c.window().from().toString(),
                    c.window().until().map(Instant::toString).orElse(null), c.source().name(), c.issuedAt().toString(),
                    c.statusAt(now).name(), c.usedAt().map(Instant::toString).orElse(null));
        }
    }

    @Type("CouponTemplate")
    public record CouponTemplateNode(@NonNull @Id String id, @NonNull String name,
                                     @NonNull @Description("FIXED_AMOUNT or RATE") String benefitKind,
                                     String amount, String rate, String cap, @NonNull String minimumSpend,
                                     @NonNull String scopeKind, @NonNull List<@NonNull String> scopeIds,
                                     @NonNull @Description("FIXED_WINDOW or DAYS_FROM_CLAIM") String validityKind,
                                     String validFrom, String validUntil, Integer days, int totalQuantity,
                                     int perCustomerLimit, boolean stackableWithPromotions, boolean enabled,
                                     int issued, long version) {
        public static CouponTemplateNode of(CouponTemplate t, int issued) {
            String amount = null;
            String rate = null;
            String cap = null;
            switch (t.benefit()) {
                case CouponBenefit.FixedAmount f -> amount = f.amount().toString();
                case CouponBenefit.Rate r -> {
                    rate = r.rate().toPlainString();
                    cap = r.cap().map(Object::toString).orElse(null);
                }
            }
            String from = null;
            String until = null;
            Integer days = null;
            switch (t.validity()) {
                case CouponValidity.FixedWindow w -> {
                    from = w.window().from().toString();
                    until = w.window().until().map(Instant::toString).orElse(null);
                }
                case CouponValidity.DaysFromClaim d -> days = d.days();
            }
            return new CouponTemplateNode(t.id().value().toString(), t.name(),
                    t.benefit() instanceof CouponBenefit.FixedAmount ? "FIXED_AMOUNT" : "RATE", amount, rate, cap,
                    t.minimumSpend().toString(), t.scope().kind().name(),
                    t.scope().ids().stream().map(UUID::toString).sorted().toList(),
                    t.validity() instanceof CouponValidity.FixedWindow ? "FIXED_WINDOW" : "DAYS_FROM_CLAIM",
                    from, until, days, t.totalQuantity(), t.perCustomerLimit(), t.stackableWithPromotions(),
                    t.enabled(), issued, t.version());
        }
    }

    @Input("CouponTemplateInput")
    public record CouponTemplateInput(@NonNull String name,
                                      @NonNull @Description("FIXED_AMOUNT or RATE") String benefitKind,
                                      String amount, @Description("Pay this share, e.g. 0.9") String rate, String cap,
                                      String minimumSpend,
                                      @Description("ALL (default), CATEGORIES, PRODUCTS or STORES") String scopeKind,
                                      List<String> scopeIds,
                                      @NonNull @Description("FIXED_WINDOW or DAYS_FROM_CLAIM") String validityKind,
                                      String validFrom, String validUntil, Integer days,
                                      @NonNull Integer totalQuantity, @NonNull Integer perCustomerLimit,
                                      Boolean stackableWithPromotions) {
        public CouponTerms toTerms() {
            return CouponFields.terms(name, new CouponFields.BenefitText(benefitKind, amount, rate, cap), minimumSpend,
                    new CouponFields.ScopeText(scopeKind, scopeIds),
                    new CouponFields.ValidityText(validityKind, validFrom, validUntil, days), totalQuantity,
                    perCustomerLimit, stackableWithPromotions);
        }
    }

    @Input("CouponGrantInput")
    public record CouponGrantInput(@NonNull @Description("ALL_MEMBERS, TAG, LEVEL or CUSTOMERS") String target,
                                   String tag, @Id String level, List<String> customers) {
        public GrantTarget toTarget() {
            return CouponFields.target(target, tag, level, customers);
        }
    }

    @Type("CouponPayload")
    public record CouponPayload(CouponNode coupon, @NonNull List<@NonNull UserError> errors) implements Payload {
        static CouponPayload refused(List<UserError> errors) {
            return new CouponPayload(null, errors);
        }
    }

    @Type("CouponTemplatePayload")
    public record CouponTemplatePayload(CouponTemplateNode template, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static CouponTemplatePayload refused(List<UserError> errors) {
            return new CouponTemplatePayload(null, errors);
        }
    }

    @Type("CouponGrantSkip")
    public record GrantSkip(@NonNull @Id String customer, @NonNull String reason) {
    }

    @Type("GrantCouponsPayload")
    public record GrantPayload(Integer issued, List<@NonNull GrantSkip> skipped,
                               @NonNull List<@NonNull UserError> errors) implements Payload {
        static GrantPayload of(GrantResult result) {
            return new GrantPayload(result.issued(), result.skipped().entrySet().stream()
                    .map(e -> new GrantSkip(e.getKey().value().toString(), e.getValue().refusal().name())).toList(),
                    List.of());
        }

        static GrantPayload refused(List<UserError> errors) {
            return new GrantPayload(null, null, errors);
        }
    }
}
