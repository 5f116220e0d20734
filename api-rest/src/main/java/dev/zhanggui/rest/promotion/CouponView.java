package dev.zhanggui.rest.promotion;

import dev.zhanggui.promotion.Coupon;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** A coupon a customer holds (我的优惠券), with its status as of now. */
@Schema(name = "Coupon")
public record CouponView(String id, String template, String customer, Instant validFrom, Instant validUntil,
                         @Schema(description = "CODE, GRANT or GIFT_PACK") String source, Instant issuedAt,
                         @Schema(description = "AVAILABLE, RESERVED, USED or EXPIRED (as of now)") String status,
                         Instant usedAt) {
    public static CouponView of(Coupon c, Instant now) {
        return new CouponView(c.id().value().toString(), c.template().value().toString(),
                c.holder().value().toString(), c.window().from(), c.window().until().orElse(null), c.source().name(),
                c.issuedAt(), c.statusAt(now).name(), c.usedAt().orElse(null));
    }
}
