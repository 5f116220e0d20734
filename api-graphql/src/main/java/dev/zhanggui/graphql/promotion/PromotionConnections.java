package dev.zhanggui.graphql.promotion;

import dev.zhanggui.graphql.promotion.CouponTypes.CouponNode;
import dev.zhanggui.graphql.promotion.CouponTypes.CouponTemplateNode;
import dev.zhanggui.graphql.promotion.PromotionGraphQL.PromotionNode;
import dev.zhanggui.graphql.shared.Connections;
import dev.zhanggui.graphql.shared.PageInfo;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponCode;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.promotion.Promotion;
import dev.zhanggui.shared.Page;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The Relay connections of promotions, coupon templates, their codes and a customer's coupons. */
public final class PromotionConnections {
    private PromotionConnections() {
    }

    @Type("PromotionEdge")
    public record PromotionEdge(@NonNull String cursor, @NonNull PromotionNode node) {
    }

    @Type("PromotionConnection")
    public record PromotionConnection(@NonNull List<@NonNull PromotionEdge> edges, @NonNull PageInfo pageInfo) {
        static PromotionConnection of(Page<Promotion> page) {
            return new PromotionConnection(Connections.edges(page, PromotionNode::of, PromotionEdge::new),
                    Connections.pageInfo(page));
        }
    }

    @Type("CouponTemplateEdge")
    public record TemplateEdge(@NonNull String cursor, @NonNull CouponTemplateNode node) {
    }

    @Type("CouponTemplateConnection")
    public record TemplateConnection(@NonNull List<@NonNull TemplateEdge> edges, @NonNull PageInfo pageInfo) {
        /** With each template's issued count, read for the whole page at once. */
        static TemplateConnection of(Page<CouponTemplate> page, Map<CouponTemplateId, Integer> issued) {
            return new TemplateConnection(Connections.edges(page,
                    t -> CouponTemplateNode.of(t, issued.getOrDefault(t.id(), 0)), TemplateEdge::new),
                    Connections.pageInfo(page));
        }
    }

    @Type("CouponCode")
    public record CodeNode(@NonNull String code, @NonNull @Id String template, int redemptionLimit, int redeemed) {
    }

    @Type("CouponCodeEdge")
    public record CodeEdge(@NonNull String cursor, @NonNull CodeNode node) {
    }

    @Type("CouponCodeConnection")
    public record CodeConnection(@NonNull List<@NonNull CodeEdge> edges, @NonNull PageInfo pageInfo) {
        /** With how often each code was claimed with, read for the whole page at once. */
        static CodeConnection of(Page<CouponCode> page, Map<String, Integer> redeemed) {
            return new CodeConnection(Connections.edges(page, c -> new CodeNode(c.code(), c.template().toString(),
                    c.redemptionLimit(), redeemed.getOrDefault(c.code(), 0)), CodeEdge::new), Connections.pageInfo(page));
        }
    }

    @Type("CouponEdge")
    public record CouponEdge(@NonNull String cursor, @NonNull CouponNode node) {
    }

    @Type("CouponConnection")
    public record CouponConnection(@NonNull List<@NonNull CouponEdge> edges, @NonNull PageInfo pageInfo) {
        static CouponConnection of(Page<Coupon> page, Instant now) {
            return new CouponConnection(Connections.edges(page, c -> CouponNode.of(c, now), CouponEdge::new),
                    Connections.pageInfo(page));
        }
    }
}
