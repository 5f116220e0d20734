package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.StockLevel;
import dev.zhanggui.catalog.StockMovement;
import dev.zhanggui.catalog.StockUpdate;
import dev.zhanggui.catalog.StoreId;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

/** Stock (库存) as the REST API shows it: levels and movements (库存流水). */
public final class StockViews {
    private StockViews() {
    }

    @Schema(name = "StockLevel")
    public record StockLevelView(String skuId,
                                 @Schema(nullable = true, description = "Absent for the central warehouse") String storeId,
                                 int onHand, int reserved,
                                 @Schema(description = "On hand less reserved; never negative") int available) {
        static StockLevelView of(StockLevel l) {
            return new StockLevelView(l.sku().toString(), l.location().store().map(StoreId::toString).orElse(null),
                    l.onHand(), l.reserved(), l.available());
        }
    }

    @Schema(name = "StockMovement")
    public record StockMovementView(String id, String skuId,
                                    @Schema(nullable = true, description = "Absent for the central warehouse") String storeId,
                                    @Schema(example = "RECEIVED") String reason, @Schema(nullable = true) String note,
                                    int delta, int onHandBefore, int onHandAfter,
                                    @Schema(description = "Who changed the stock: the caller's subject") String actor,
                                    Instant occurredAt,
                                    @Schema(nullable = true, description = "The level after the change (in answers to changes)")
                                    StockLevelView level) {
        static StockMovementView of(StockMovement m) {
            return of(m, null);
        }

        static StockMovementView of(StockUpdate update) {
            return of(update.movement(), StockLevelView.of(update.level()));
        }

        private static StockMovementView of(StockMovement m, StockLevelView level) {
            return new StockMovementView(m.id().toString(), m.sku().toString(),
                    m.location().store().map(StoreId::toString).orElse(null), m.reason().name(), m.note().orElse(null),
                    m.delta(), m.onHandBefore(), m.onHandAfter(), m.actor(), m.occurredAt(), level);
        }
    }
}
