package dev.zhanggui.graphql.pricing;

import dev.zhanggui.pricing.AppliedDiscount;
import dev.zhanggui.pricing.CouponOption;
import dev.zhanggui.pricing.Inapplicable;
import dev.zhanggui.pricing.LineDiscount;
import dev.zhanggui.pricing.PricingFields;
import dev.zhanggui.pricing.Quote;
import dev.zhanggui.pricing.QuoteRequest;
import dev.zhanggui.pricing.QuotedLine;
import dev.zhanggui.pricing.ShippingQuote;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The GraphQL types of the quote (报价). Money as decimal strings in yuan. */
public final class QuoteTypes {
    private QuoteTypes() {
    }

    @Input("QuoteInput")
    @Description("A cart to price")
    public record QuoteInput(@NonNull List<QuoteLineInput> lines,
                             @Id @Description("Staff only: the customer to quote for") String customer,
                             @Description("BEST (default), NONE, or the id of a coupon the customer holds") String coupon,
                             @Description("EXPRESS (default) or PICKUP") String delivery,
                             @Id String carrier,
                             @Description("Province code, e.g. 440000") String provinceCode,
                             @Description("Province name, e.g. 广东省") String provinceName) {
        QuoteRequest toRequest() {
            List<PricingFields.LineText> texts = lines == null ? null : lines.stream()
                    .map(l -> l == null ? null : new PricingFields.LineText(l.sku(), l.quantity(), l.store())).toList();
            return PricingFields.quoteRequest(texts, customer, coupon, delivery, carrier, provinceCode, provinceName);
        }
    }

    @Input("QuoteLineInput")
    public record QuoteLineInput(@NonNull @Id String sku, @NonNull Integer quantity, @Id String store) {
    }

    @Type("Quote")
    @Description("A priced cart explained to the fen")
    public record QuoteNode(@NonNull String at, @NonNull List<@NonNull QuoteLineNode> lines,
                            @NonNull String goodsTotal, @NonNull String promotionDiscount,
                            @NonNull String couponDiscount, @NonNull List<@NonNull QuoteDiscountNode> discounts,
                            @NonNull QuoteShippingNode shipping, @NonNull String payable,
                            @NonNull List<@NonNull QuoteCouponNode> applicableCoupons, QuoteCouponNode bestCoupon,
                            QuoteCouponNode appliedCoupon, @NonNull List<@NonNull QuoteNotAppliedNode> notApplied) {
        public static QuoteNode of(Quote q) {
            return new QuoteNode(q.at().toString(), q.lines().stream().map(QuoteLineNode::of).toList(),
                    q.goodsTotal().toString(), q.promotionDiscount().toString(), q.couponDiscount().toString(),
                    q.discounts().stream().map(QuoteDiscountNode::of).toList(), QuoteShippingNode.of(q.shipping()),
                    q.payable().toString(), q.applicableCoupons().stream().map(QuoteCouponNode::of).toList(),
                    q.bestCoupon().map(QuoteCouponNode::of).orElse(null),
                    q.appliedCoupon().map(QuoteCouponNode::of).orElse(null),
                    q.notApplied().stream().map(QuoteNotAppliedNode::of).toList());
        }
    }

    @Type("QuoteLine")
    public record QuoteLineNode(int index, @NonNull @Id String sku, int quantity, @Id String store,
                                @NonNull String listPrice, @NonNull String unitPrice,
                                @NonNull @Description("LIST, LEVEL_PRICE, LEVEL_RATE, PRICE_LIST or FLASH_PRICE") String tier,
                                @Id String tierSource, @NonNull String goodsAmount, @NonNull String promotionDiscount,
                                @NonNull String couponDiscount, @NonNull String total,
                                @NonNull List<@NonNull QuoteLineDiscountNode> discounts) {
        static QuoteLineNode of(QuotedLine l) {
            return new QuoteLineNode(l.index(), l.sku().value().toString(), l.quantity(),
                    l.store().map(s -> s.value().toString()).orElse(null), l.listPrice().toString(),
                    l.unitPrice().amount().toString(), l.unitPrice().tier().name(),
                    l.unitPrice().sourceId().orElse(null), l.goodsAmount().toString(),
                    l.promotionDiscount().toString(), l.couponDiscount().toString(), l.total().toString(),
                    l.discounts().stream().map(QuoteLineDiscountNode::of).toList());
        }
    }

    @Type("QuoteLineDiscount")
    public record QuoteLineDiscountNode(@NonNull String source, @NonNull @Id String sourceId, @NonNull String amount) {
        static QuoteLineDiscountNode of(LineDiscount d) {
            return new QuoteLineDiscountNode(d.source().name(), d.sourceId(), d.amount().toString());
        }
    }

    @Type("QuoteDiscount")
    public record QuoteDiscountNode(@NonNull String source, @NonNull @Id String sourceId, @NonNull String name,
                                    @NonNull String amount) {
        static QuoteDiscountNode of(AppliedDiscount d) {
            return new QuoteDiscountNode(d.source().name(), d.sourceId(), d.name(), d.amount().toString());
        }
    }

    @Type("QuoteShipping")
    public record QuoteShippingNode(@NonNull String method, @Id String carrier, long weightGrams, @NonNull String fee,
                                    @NonNull String waived, @Id String waivedBy, @NonNull String charged) {
        static QuoteShippingNode of(ShippingQuote s) {
            return new QuoteShippingNode(s.method().name(), s.carrier().map(c -> c.value().toString()).orElse(null),
                    s.weightGrams(), s.fee().toString(), s.waived().toString(), s.waivedBy().orElse(null),
                    s.charged().toString());
        }
    }

    @Type("QuoteCoupon")
    public record QuoteCouponNode(@NonNull @Id String coupon, @NonNull @Id String template, @NonNull String name,
                                  @NonNull String discount) {
        static QuoteCouponNode of(CouponOption c) {
            return new QuoteCouponNode(c.coupon().value().toString(), c.template().value().toString(), c.name(),
                    c.discount().toString());
        }
    }

    @Type("QuoteNotApplied")
    public record QuoteNotAppliedNode(@NonNull @Description("COUPON, PROMOTION or FLASH_PRICE") String subject,
                                      @NonNull @Id String id, @NonNull String reason,
                                      @Description("How much more to spend, for a spend threshold") String missing) {
        static QuoteNotAppliedNode of(Inapplicable i) {
            return new QuoteNotAppliedNode(i.subject().name(), i.id(), i.reason().name(),
                    i.missing().map(Object::toString).orElse(null));
        }
    }
}
