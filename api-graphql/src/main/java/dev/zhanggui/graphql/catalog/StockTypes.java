package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.StockLevel;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StockMovement;
import dev.zhanggui.catalog.StockUpdate;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.graphql.shared.PageInfo;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.shared.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The GraphQL types, inputs and payloads of stock (库存). */
public final class StockTypes {
    private StockTypes() {
    }

    @Type("StockLevel")
    @Description("The stock of a SKU at a store, or in the central warehouse when storeId is null")
    public record StockLevelNode(@NonNull @Id String skuId, @Id String storeId, @NonNull int onHand,
                                 @NonNull int reserved,
                                 @NonNull @Description("On hand less reserved; never negative") int available) {
        static StockLevelNode of(StockLevel l) {
            return new StockLevelNode(l.sku().toString(), l.location().store().map(StoreId::toString).orElse(null),
                    l.onHand(), l.reserved(), l.available());
        }
    }

    @Type("StockMovement")
    @Description("One entry of the stock ledger (库存流水)")
    public record StockMovementNode(@NonNull @Id String id, @NonNull @Id String skuId, @Id String storeId,
                                    @NonNull StockReason reason, String note, @NonNull int delta,
                                    @NonNull int onHandBefore, @NonNull int onHandAfter, @NonNull String actor,
                                    @NonNull Instant occurredAt) {
        static StockMovementNode of(StockMovement m) {
            return new StockMovementNode(m.id().toString(), m.sku().toString(),
                    m.location().store().map(StoreId::toString).orElse(null), StockReason.of(m.reason()), m.note().orElse(null),
                    m.delta(), m.onHandBefore(), m.onHandAfter(), m.actor(), m.occurredAt());
        }
    }

    @Type("StockLevelConnection")
    @Description("Stock levels of one place, by SKU id")
    public record StockLevelConnection(@NonNull List<@NonNull StockLevelNode> nodes, @NonNull PageInfo pageInfo) {
        static StockLevelConnection of(Page<StockLevel> page) {
            return new StockLevelConnection(page.items().stream().map(StockLevelNode::of).toList(), pageInfoOf(page));
        }
    }

    @Type("StockMovementConnection")
    @Description("Stock movements, newest first")
    public record StockMovementConnection(@NonNull List<@NonNull StockMovementNode> nodes,
                                          @NonNull PageInfo pageInfo) {
        static StockMovementConnection of(Page<StockMovement> page) {
            return new StockMovementConnection(page.items().stream().map(StockMovementNode::of).toList(),
                    pageInfoOf(page));
        }
    }

    private static PageInfo pageInfoOf(Page<?> page) {
        return new PageInfo(page.next().isPresent(), page.cursors().isEmpty() ? null : page.cursors().getLast());
    }

    @Type("StockPayload")
    public record StockPayload(StockMovementNode movement, StockLevelNode level,
                               @NonNull List<@NonNull UserError> errors) implements Payload {
        static StockPayload of(StockUpdate update) {
            return new StockPayload(StockMovementNode.of(update.movement()), StockLevelNode.of(update.level()),
                    List.of());
        }

        static StockPayload refused(List<UserError> errors) {
            return new StockPayload(null, null, errors);
        }
    }

    @Input("AdjustStockInput")
    @Description("Add (positive delta) or remove (negative delta) stock at a store, or the warehouse without storeId")
    public record AdjustStockInput(@NonNull @Id String skuId, @Id String storeId, @NonNull int delta,
                                   @NonNull StockReason reason, String note) {
        StockLocation location() {
            return StockTypes.location(storeId);
        }
    }

    @Input("SetStockInput")
    @Description("Set the counted quantity on hand at a store, or the warehouse without storeId")
    public record SetStockInput(@NonNull @Id String skuId, @Id String storeId, @NonNull int quantity,
                                @NonNull StockReason reason, String note) {
        StockLocation location() {
            return StockTypes.location(storeId);
        }
    }

    static StockLocation location(String storeId) {
        return StockLocation.of(Optional.ofNullable(storeId).filter(s -> !s.isBlank()).map(StoreId::parse));
    }
}
