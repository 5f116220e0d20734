package dev.zhanggui.rest.promotion;

import dev.zhanggui.promotion.CouponBenefit;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponValidity;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A coupon template (优惠券) as staff see it, with how many were issued. */
@Schema(name = "CouponTemplate")
public record CouponTemplateView(String id, String name, Benefit benefit, @Schema(format = "number") String minimumSpend, Scope scope,
                                 Validity validity, int totalQuantity, int perCustomerLimit,
                                 boolean stackableWithPromotions, boolean enabled, int issued, long version) {
    @Schema(name = "CouponBenefit")
    public record Benefit(String kind, @Schema(format = "number") String amount, @Schema(format = "number") String rate, @Schema(format = "number") String cap) {
    }

    @Schema(name = "CouponScope")
    public record Scope(String kind, List<String> ids) {
    }

    @Schema(name = "CouponValidity")
    public record Validity(String kind, Instant from, Instant until, Integer days) {
    }

    public static CouponTemplateView of(CouponTemplate t, int issued) {
        Benefit benefit = switch (t.benefit()) {
            case CouponBenefit.FixedAmount f -> new Benefit("FIXED_AMOUNT", f.amount().toString(), null, null);
            case CouponBenefit.Rate r -> new Benefit("RATE", null, r.rate().toPlainString(),
                    r.cap().map(Object::toString).orElse(null));
        };
        Validity validity = switch (t.validity()) {
            case CouponValidity.FixedWindow w -> new Validity("FIXED_WINDOW", w.window().from(),
                    w.window().until().orElse(null), null);
            case CouponValidity.DaysFromClaim d -> new Validity("DAYS_FROM_CLAIM", null, null, d.days());
        };
        return new CouponTemplateView(t.id().value().toString(), t.name(), benefit, t.minimumSpend().toString(),
                new Scope(t.scope().kind().name(), t.scope().ids().stream().map(UUID::toString).sorted().toList()),
                validity, t.totalQuantity(), t.perCustomerLimit(), t.stackableWithPromotions(), t.enabled(), issued,
                t.version());
    }
}
