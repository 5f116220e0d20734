package dev.zhanggui.catalog;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One entry of the stock ledger (库存流水): who changed the stock of a SKU at a location, when,
 * why, by how much, and what was on hand before and after. Entries are only ever appended.
 */
public record StockMovement(UUID id, SkuId sku, StockLocation location, StockChangeReason reason,
                            Optional<String> note, int delta, int onHandBefore, int onHandAfter, String actor,
                            Instant occurredAt) {
}
