package dev.zhanggui.catalog;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Port: stock levels and the stock ledger. Levels are hot rows: they change only through
 * {@link #adjust} (one conditional statement) or under the row lock of {@link #lock}, never by
 * read-modify-write of an unlocked copy. Every method is confined to one merchant.
 */
public interface StockRepository {
    /**
     * Adds {@code delta} to what is on hand, in one atomic step, if the result stays at least
     * what is reserved and at most {@code maxOnHand}; a level missing so far counts as zero.
     *
     * @return the level after the change, or empty if the change was refused (nothing changed)
     */
    Optional<StockLevel> adjust(MerchantId merchant, SkuId sku, StockLocation location, int delta, int maxOnHand,
                                Instant now);

    /** The level, locked until the unit of work ends; created at zero if there was none. */
    StockLevel lock(MerchantId merchant, SkuId sku, StockLocation location, Instant now);

    /** Sets what is on hand of a level locked with {@link #lock}. */
    StockLevel setOnHand(MerchantId merchant, SkuId sku, StockLocation location, int onHand, Instant now);

    /** The levels at one location, by SKU id. */
    Page<StockLevel> at(MerchantId merchant, StockLocation location, PageRequest page);

    /** The levels of these SKUs at one location in one query; SKUs without a level are left out. */
    Map<SkuId, StockLevel> levels(MerchantId merchant, Collection<SkuId> skus, StockLocation location);

    void record(MerchantId merchant, StockMovement movement);

    /** Movements newest first. */
    Page<StockMovement> movements(MerchantId merchant, StockMovementFilter filter, PageRequest page);
}
