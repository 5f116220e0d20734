package dev.zhanggui.catalog;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stock (库存) use cases: staff set and adjust the stock of a SKU in the central warehouse or
 * a store, and every change appends a movement (库存流水) in the same unit of work. Stock never
 * goes below what is reserved, and so never below zero, whatever the number of concurrent calls.
 */
public final class StockService {
    /** The most stock one SKU can have at one location. */
    public static final int MAX_ON_HAND = 1_000_000_000;
    public static final int MAX_NOTE = 200;

    private final StockRepository stock;
    private final SkuDirectory skus;
    private final StoreRepository stores;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public StockService(StockRepository stock, SkuDirectory skus, StoreRepository stores, Transactions transactions,
                        IdGenerator ids, Clock clock) {
        this.stock = stock;
        this.skus = skus;
        this.stores = stores;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** Sets what is on hand to a counted quantity (盘点); it may not be less than what is reserved. */
    public StockUpdate setStock(Actor actor, SkuId sku, StockLocation location, int quantity,
                                StockChangeReason reason, Optional<String> note) {
        CatalogAccess.requireStaff(actor);
        if (quantity < 0 || quantity > MAX_ON_HAND) {
            throw DomainException.invalidField("quantity", ErrorCode.STOCK_ADJUSTMENT_INVALID,
                    "quantity must be between 0 and " + MAX_ON_HAND);
        }
        requireReason(reason);
        Optional<String> checkedNote = note(note);
        return transactions.inTransaction(() -> {
            requireKnown(actor, sku, location);
            Instant now = clock.instant();
            StockLevel before = stock.lock(actor.merchant(), sku, location, now);
            if (quantity < before.reserved()) {
                throw DomainException.invalidField("quantity", ErrorCode.STOCK_INSUFFICIENT,
                        before.reserved() + " are reserved by orders; stock cannot be set below that");
            }
            StockLevel after = stock.setOnHand(actor.merchant(), sku, location, quantity, now);
            return recorded(actor, before.onHand(), after, reason, checkedNote, now);
        });
    }

    /** Adds (positive delta) or removes (negative delta) stock; removing more than is there is refused. */
    public StockUpdate adjustStock(Actor actor, SkuId sku, StockLocation location, int delta,
                                   StockChangeReason reason, Optional<String> note) {
        CatalogAccess.requireStaff(actor);
        if (delta == 0 || Math.abs((long) delta) > MAX_ON_HAND) {
            throw DomainException.invalidField("delta", ErrorCode.STOCK_ADJUSTMENT_INVALID,
                    "delta must be a non-zero whole number between -" + MAX_ON_HAND + " and " + MAX_ON_HAND);
        }
        requireReason(reason);
        Optional<String> checkedNote = note(note);
        return transactions.inTransaction(() -> {
            requireKnown(actor, sku, location);
            Instant now = clock.instant();
            StockLevel after = stock.adjust(actor.merchant(), sku, location, delta, MAX_ON_HAND, now)
                    .orElseThrow(() -> delta < 0
                            ? DomainException.invalidField("delta", ErrorCode.STOCK_INSUFFICIENT,
                            "Not enough stock to remove " + (-delta))
                            : DomainException.invalidField("delta", ErrorCode.STOCK_ADJUSTMENT_INVALID,
                            "Stock would exceed " + MAX_ON_HAND));
            return recorded(actor, after.onHand() - delta, after, reason, checkedNote, now);
        });
    }

    /** The stock held at one store, by SKU. */
    public Page<StockLevel> stockAt(Actor actor, StockLocation location, PageRequest page) {
        CatalogAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            requireStore(actor, location);
            return stock.at(actor.merchant(), location, page);
        });
    }

    /** The stock ledger, newest first. */
    public Page<StockMovement> movements(Actor actor, StockMovementFilter filter, PageRequest page) {
        CatalogAccess.requireStaff(actor);
        return transactions.inTransaction(() -> stock.movements(actor.merchant(), filter, page));
    }

    /**
     * The stock of many SKUs at once, for product listings: at the given store, or in the central
     * warehouse when no store is given. Every asked SKU has an entry (zero without a record).
     * Read in one query. No access check: the calling API decides who may see stock.
     */
    public Map<SkuId, StockSummary> levels(MerchantId merchant, Collection<SkuId> skuIds, Optional<StoreId> store) {
        if (skuIds.isEmpty()) {
            return Map.of();
        }
        Map<SkuId, StockLevel> found = transactions.inTransaction(
                () -> stock.levels(merchant, List.copyOf(skuIds), StockLocation.of(store)));
        Map<SkuId, StockSummary> summaries = new LinkedHashMap<>();
        skuIds.forEach(sku -> summaries.put(sku, Optional.ofNullable(found.get(sku)).map(StockSummary::of)
                .orElseGet(() -> StockSummary.none(sku))));
        return summaries;
    }

    private StockUpdate recorded(Actor actor, int before, StockLevel after, StockChangeReason reason,
                                 Optional<String> note, Instant now) {
        StockMovement movement = new StockMovement(ids.newId(), after.sku(), after.location(), reason, note,
                after.onHand() - before, before, after.onHand(), actor.subject(), now);
        stock.record(actor.merchant(), movement);
        return new StockUpdate(after, movement);
    }

    private void requireKnown(Actor actor, SkuId sku, StockLocation location) {
        if (!skus.exists(actor.merchant(), sku)) {
            throw DomainException.invalidField("skuId", ErrorCode.SKU_NOT_FOUND, "No SKU " + sku);
        }
        requireStore(actor, location);
    }

    private void requireStore(Actor actor, StockLocation location) {
        location.store().ifPresent(store -> {
            if (stores.find(actor.merchant(), store).isEmpty()) {
                throw DomainException.invalidField("storeId", ErrorCode.STORE_NOT_FOUND, "No store " + store);
            }
        });
    }

    private static void requireReason(StockChangeReason reason) {
        if (reason == null) {
            throw DomainException.invalidField("reason", ErrorCode.STOCK_ADJUSTMENT_INVALID, "reason is required");
        }
        if (reason.isByOrder()) {
            throw DomainException.invalidField("reason", ErrorCode.STOCK_ADJUSTMENT_INVALID,
                    reason + " is recorded by orders only");
        }
    }

    private static Optional<String> note(Optional<String> note) {
        Optional<String> text = note == null ? Optional.empty() : note.map(String::strip).filter(s -> !s.isEmpty());
        if (text.filter(t -> t.length() > MAX_NOTE).isPresent()) {
            throw DomainException.invalidField("note", ErrorCode.STOCK_ADJUSTMENT_INVALID,
                    "The note must be at most " + MAX_NOTE + " characters");
        }
        return text;
    }
}
