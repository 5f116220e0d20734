package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.StockChangeReason;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Arrays;
import java.util.Optional;

/** A change of stock: either a delta (add or remove) or a counted quantity (set), with a reason. */
@Schema(name = "StockAdjustmentInput")
public record StockAdjustmentInput(
        @Schema(required = true) String skuId,
        @Schema(nullable = true, description = "The store; absent for the central warehouse") String storeId,
        @Schema(nullable = true, description = "Add (positive) or remove (negative); exactly one of delta and quantity")
        Integer delta,
        @Schema(nullable = true, description = "Set on hand to this counted quantity; exactly one of delta and quantity")
        Integer quantity,
        @Schema(required = true, description = "MANUAL_SET, MANUAL_ADJUST, RECEIVED, DAMAGED or CORRECTION") String reason,
        @Schema(nullable = true, description = "At most 200 characters") String note) {

    /** Whether this sets a counted quantity (rather than adding a delta); refuses both or neither. */
    boolean setsQuantity() {
        if ((delta == null) == (quantity == null)) {
            throw DomainException.invalidField("delta", ErrorCode.STOCK_ADJUSTMENT_INVALID,
                    "Give exactly one of delta and quantity");
        }
        return quantity != null;
    }

    StockLocation location() {
        return StockLocation.of(Optional.ofNullable(storeId).filter(s -> !s.isBlank()).map(StoreId::parse));
    }

    StockChangeReason reasonCode() {
        return Arrays.stream(StockChangeReason.values()).filter(r -> r.name().equals(reason)).findFirst()
                .orElseThrow(() -> DomainException.invalidField("reason", ErrorCode.STOCK_ADJUSTMENT_INVALID,
                        "reason must be one of " + Arrays.toString(StockChangeReason.values())));
    }

    Optional<String> noteText() {
        return Optional.ofNullable(note);
    }
}
