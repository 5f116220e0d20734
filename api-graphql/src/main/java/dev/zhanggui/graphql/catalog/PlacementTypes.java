package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.Placement;
import dev.zhanggui.graphql.catalog.ProductTypes.ProductNode;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;

/** The GraphQL types and payloads of featured placements. */
public final class PlacementTypes {
    private PlacementTypes() {
    }

    @Type("Placement")
    @Description("A featured placement (首页焦点图, 首页商品设置) such as home-carousel: its products in order")
    public record PlacementNode(@NonNull String code, @NonNull List<@NonNull ProductNode> products) {
        static PlacementNode of(Placement placement) {
            return new PlacementNode(placement.code(), placement.products().stream().map(ProductNode::of).toList());
        }
    }

    @Type("SetPlacementPayload")
    public record SetPlacementPayload(PlacementNode placement, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static SetPlacementPayload of(Placement placement) {
            return new SetPlacementPayload(PlacementNode.of(placement), List.of());
        }

        static SetPlacementPayload refused(List<UserError> errors) {
            return new SetPlacementPayload(null, errors);
        }
    }
}
