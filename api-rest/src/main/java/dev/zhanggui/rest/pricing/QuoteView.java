package dev.zhanggui.rest.pricing;

import dev.zhanggui.pricing.AppliedDiscount;
import dev.zhanggui.pricing.CouponOption;
import dev.zhanggui.pricing.Inapplicable;
import dev.zhanggui.pricing.LineDiscount;
import dev.zhanggui.pricing.Quote;
import dev.zhanggui.pricing.QuotedLine;
import dev.zhanggui.pricing.ShippingQuote;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A priced cart explained to the fen (报价); amounts are decimal strings in yuan. */
@Schema(name = "Quote")
public record QuoteView(Instant at, List<Line> lines, @Schema(format = "number") String goodsTotal, @Schema(format = "number") String promotionDiscount,
                        @Schema(format = "number") String couponDiscount, List<Discount> discounts, Shipping shipping, @Schema(format = "number") String payable,
                        List<Coupon> applicableCoupons, Coupon bestCoupon, Coupon appliedCoupon,
                        List<NotApplied> notApplied) {

    @Schema(name = "QuoteLine")
    public record Line(int index, String sku, int quantity, String store, @Schema(format = "number") String listPrice, @Schema(format = "number") String unitPrice,
                       @Schema(description = "LIST, LEVEL_PRICE, LEVEL_RATE, PRICE_LIST or FLASH_PRICE") String tier,
                       @Schema(description = "The level, price list or time-limited price that set the unit price")
                       String tierSource,
                       @Schema(format = "number") String goodsAmount, @Schema(format = "number") String promotionDiscount, @Schema(format = "number") String couponDiscount, @Schema(format = "number") String total,
                       List<LineShare> discounts) {
        static Line of(QuotedLine l) {
            return new Line(l.index(), l.sku().value().toString(), l.quantity(),
                    l.store().map(s -> s.value().toString()).orElse(null), l.listPrice().toString(),
                    l.unitPrice().amount().toString(), l.unitPrice().tier().name(),
                    l.unitPrice().sourceId().orElse(null), l.goodsAmount().toString(),
                    l.promotionDiscount().toString(), l.couponDiscount().toString(), l.total().toString(),
                    l.discounts().stream().map(LineShare::of).toList());
        }
    }

    @Schema(name = "QuoteLineDiscount")
    public record LineShare(@Schema(description = "PROMOTION or COUPON") String source, String sourceId,
                            @Schema(format = "number") String amount) {
        static LineShare of(LineDiscount d) {
            return new LineShare(d.source().name(), d.sourceId(), d.amount().toString());
        }
    }

    @Schema(name = "QuoteDiscount")
    public record Discount(String source, String sourceId, String name, @Schema(format = "number") String amount) {
        static Discount of(AppliedDiscount d) {
            return new Discount(d.source().name(), d.sourceId(), d.name(), d.amount().toString());
        }
    }

    @Schema(name = "QuoteShipping")
    public record Shipping(@Schema(description = "EXPRESS or PICKUP") String method, String carrier,
                           long weightGrams, @Schema(format = "number") String fee, @Schema(format = "number") String waived,
                           @Schema(description = "The free-shipping promotion that waived the fee") String waivedBy,
                           @Schema(format = "number") String charged) {
        static Shipping of(ShippingQuote s) {
            return new Shipping(s.method().name(), s.carrier().map(c -> c.value().toString()).orElse(null),
                    s.weightGrams(), s.fee().toString(), s.waived().toString(), s.waivedBy().orElse(null),
                    s.charged().toString());
        }
    }

    @Schema(name = "QuoteCoupon")
    public record Coupon(String coupon, String template, String name, @Schema(format = "number") String discount) {
        static Coupon of(CouponOption c) {
            return new Coupon(c.coupon().value().toString(), c.template().value().toString(), c.name(),
                    c.discount().toString());
        }
    }

    @Schema(name = "QuoteNotApplied")
    public record NotApplied(@Schema(description = "COUPON, PROMOTION or FLASH_PRICE") String subject, String id,
                             @Schema(description = "e.g. COUPON_MIN_SPEND_NOT_MET") String reason,
                             @Schema(description = "How much more to spend, for a spend threshold") String missing) {
        static NotApplied of(Inapplicable i) {
            return new NotApplied(i.subject().name(), i.id(), i.reason().name(),
                    i.missing().map(Object::toString).orElse(null));
        }
    }

    public static QuoteView of(Quote q) {
        return new QuoteView(q.at(), q.lines().stream().map(Line::of).toList(), q.goodsTotal().toString(),
                q.promotionDiscount().toString(), q.couponDiscount().toString(),
                q.discounts().stream().map(Discount::of).toList(), Shipping.of(q.shipping()), q.payable().toString(),
                q.applicableCoupons().stream().map(Coupon::of).toList(), q.bestCoupon().map(Coupon::of).orElse(null),
                q.appliedCoupon().map(Coupon::of).orElse(null), q.notApplied().stream().map(NotApplied::of).toList());
    }
}
