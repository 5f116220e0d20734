package dev.zhanggui.graphql.pricing;

import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.LevelNode;
import dev.zhanggui.graphql.shared.Connections;
import dev.zhanggui.graphql.shared.PageInfo;
import dev.zhanggui.pricing.LevelPrice;
import dev.zhanggui.shared.Page;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The Relay connections of the pricing administration's lists: first, after, edges { cursor node }, pageInfo. */
public final class PricingConnections {
    private PricingConnections() {
    }

    @Type("MemberLevelEdge")
    public record LevelEdge(@NonNull String cursor, @NonNull LevelNode node) {
    }

    @Type("MemberLevelConnection")
    public record LevelConnection(@NonNull List<@NonNull LevelEdge> edges, @NonNull PageInfo pageInfo) {
        static LevelConnection of(Page<MemberLevel> page) {
            return new LevelConnection(Connections.edges(page, LevelNode::of, LevelEdge::new), Connections.pageInfo(page));
        }
    }

    @Type("LevelPrice")
    public record LevelPriceNode(@NonNull @Id String level, @NonNull @Id String sku, @NonNull String price) {
        static LevelPriceNode of(LevelPrice p) {
            return new LevelPriceNode(p.level().toString(), p.sku().toString(), p.price().toString());
        }
    }

    @Type("LevelPriceEdge")
    public record LevelPriceEdge(@NonNull String cursor, @NonNull LevelPriceNode node) {
    }

    @Type("LevelPriceConnection")
    public record LevelPriceConnection(@NonNull List<@NonNull LevelPriceEdge> edges, @NonNull PageInfo pageInfo) {
        static LevelPriceConnection of(Page<LevelPrice> page) {
            return new LevelPriceConnection(Connections.edges(page, LevelPriceNode::of, LevelPriceEdge::new), Connections.pageInfo(page));
        }
    }
}
