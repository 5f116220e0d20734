package dev.zhanggui.graphql.pricing;

import dev.zhanggui.customer.CustomerGroupSummary;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.CarrierNode;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.FlashPriceNode;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.GroupNode;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.PriceListNode;
import dev.zhanggui.graphql.pricing.PricingAdminTypes.LevelNode;
import dev.zhanggui.graphql.shared.Connections;
import dev.zhanggui.graphql.shared.PageInfo;
import dev.zhanggui.pricing.Carrier;
import dev.zhanggui.pricing.FlashPrice;
import dev.zhanggui.pricing.LevelPrice;
import dev.zhanggui.pricing.PriceList;
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

    @Type("CustomerGroupEdge")
    public record GroupEdge(@NonNull String cursor, @NonNull GroupNode node) {
    }

    @Type("CustomerGroupConnection")
    public record GroupConnection(@NonNull List<@NonNull GroupEdge> edges, @NonNull PageInfo pageInfo) {
        static GroupConnection of(Page<CustomerGroupSummary> page) {
            return new GroupConnection(Connections.edges(page, GroupNode::of, GroupEdge::new), Connections.pageInfo(page));
        }
    }

    @Type("CustomerGroupMember")
    public record MemberNode(@NonNull @Id String customer) {
        static MemberNode of(CustomerId customer) {
            return new MemberNode(customer.toString());
        }
    }

    @Type("CustomerGroupMemberEdge")
    public record MemberEdge(@NonNull String cursor, @NonNull MemberNode node) {
    }

    @Type("CustomerGroupMemberConnection")
    public record MemberConnection(@NonNull List<@NonNull MemberEdge> edges, @NonNull PageInfo pageInfo) {
        static MemberConnection of(Page<CustomerId> page) {
            return new MemberConnection(Connections.edges(page, MemberNode::of, MemberEdge::new),
                    Connections.pageInfo(page));
        }
    }

    @Type("PriceListEdge")
    public record PriceListEdge(@NonNull String cursor, @NonNull PriceListNode node) {
    }

    @Type("PriceListConnection")
    public record PriceListConnection(@NonNull List<@NonNull PriceListEdge> edges, @NonNull PageInfo pageInfo) {
        static PriceListConnection of(Page<PriceList> page) {
            return new PriceListConnection(Connections.edges(page, PriceListNode::of, PriceListEdge::new),
                    Connections.pageInfo(page));
        }
    }

    @Type("FlashPriceEdge")
    public record FlashPriceEdge(@NonNull String cursor, @NonNull FlashPriceNode node) {
    }

    @Type("FlashPriceConnection")
    public record FlashPriceConnection(@NonNull List<@NonNull FlashPriceEdge> edges, @NonNull PageInfo pageInfo) {
        static FlashPriceConnection of(Page<FlashPrice> page) {
            return new FlashPriceConnection(Connections.edges(page, FlashPriceNode::of, FlashPriceEdge::new),
                    Connections.pageInfo(page));
        }
    }

    @Type("CarrierEdge")
    public record CarrierEdge(@NonNull String cursor, @NonNull CarrierNode node) {
    }

    @Type("CarrierConnection")
    public record CarrierConnection(@NonNull List<@NonNull CarrierEdge> edges, @NonNull PageInfo pageInfo) {
        static CarrierConnection of(Page<Carrier> page) {
            return new CarrierConnection(Connections.edges(page, CarrierNode::of, CarrierEdge::new),
                    Connections.pageInfo(page));
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
