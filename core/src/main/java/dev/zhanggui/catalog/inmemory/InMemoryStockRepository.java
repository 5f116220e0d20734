package dev.zhanggui.catalog.inmemory;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockLevel;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StockMovement;
import dev.zhanggui.catalog.StockMovementFilter;
import dev.zhanggui.catalog.StockRepository;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stock levels and movements in memory; every method is atomic on its own. */
public final class InMemoryStockRepository implements StockRepository {
    private record Key(MerchantId merchant, SkuId sku, StockLocation location) {
    }

    private record Entry(MerchantId merchant, StockMovement movement) {
    }

    private final Map<Key, StockLevel> levels = new HashMap<>();
    private final List<Entry> movements = new ArrayList<>();

    @Override
    public synchronized Optional<StockLevel> adjust(MerchantId merchant, SkuId sku, StockLocation location, int delta,
                                                    int maxOnHand, Instant now) {
        Key key = new Key(merchant, sku, location);
        StockLevel level = levels.getOrDefault(key, StockLevel.none(sku, location));
        long onHand = (long) level.onHand() + delta;
        if (onHand < level.reserved() || onHand > maxOnHand) {
            return Optional.empty();
        }
        StockLevel after = new StockLevel(sku, location, (int) onHand, level.reserved());
        levels.put(key, after);
        return Optional.of(after);
    }

    @Override
    public synchronized StockLevel lock(MerchantId merchant, SkuId sku, StockLocation location, Instant now) {
        return levels.computeIfAbsent(new Key(merchant, sku, location), k -> StockLevel.none(sku, location));
    }

    @Override
    public synchronized StockLevel setOnHand(MerchantId merchant, SkuId sku, StockLocation location, int onHand,
                                             Instant now) {
        Key key = new Key(merchant, sku, location);
        StockLevel after = new StockLevel(sku, location, onHand, levels.get(key).reserved());
        levels.put(key, after);
        return after;
    }

    @Override
    public synchronized Page<StockLevel> at(MerchantId merchant, StockLocation location, PageRequest page) {
        Optional<String> after = page.afterPosition();
        List<StockLevel> rows = levels.entrySet().stream()
                .filter(e -> e.getKey().merchant().equals(merchant) && e.getKey().location().equals(location))
                .map(Map.Entry::getValue)
                .filter(l -> after.map(a -> l.sku().toString().compareTo(a) > 0).orElse(true))
                .sorted(Comparator.comparing(l -> l.sku().toString()))
                .limit(page.limit() + 1L).toList();
        return Page.fromOverfetch(rows, page.limit(), l -> l.sku().toString());
    }

    @Override
    public synchronized Map<SkuId, StockLevel> levels(MerchantId merchant, Collection<SkuId> skus,
                                                      StockLocation location) {
        Map<SkuId, StockLevel> found = new HashMap<>();
        skus.forEach(sku -> Optional.ofNullable(levels.get(new Key(merchant, sku, location)))
                .ifPresent(l -> found.put(sku, l)));
        return found;
    }

    /** Whether the store has a stock record of the SKU (even at zero). */
    public synchronized boolean stocks(MerchantId merchant, StoreId store, SkuId sku) {
        return levels.containsKey(new Key(merchant, sku, StockLocation.of(Optional.of(store))));
    }

    @Override
    public synchronized void record(MerchantId merchant, StockMovement movement) {
        movements.add(new Entry(merchant, movement));
    }

    @Override
    public synchronized Page<StockMovement> movements(MerchantId merchant, StockMovementFilter filter,
                                                      PageRequest page) {
        Optional<String> after = page.afterPosition();
        List<StockMovement> rows = movements.stream()
                .filter(e -> e.merchant().equals(merchant)).map(Entry::movement)
                .filter(m -> filter.sku().map(m.sku()::equals).orElse(true))
                .filter(m -> filter.store().map(s -> m.location().store().filter(s::equals).isPresent()).orElse(true))
                .filter(m -> after.map(a -> m.id().toString().compareTo(a) < 0).orElse(true))
                .sorted(Comparator.comparing((StockMovement m) -> m.id().toString()).reversed())
                .limit(page.limit() + 1L).toList();
        return Page.fromOverfetch(rows, page.limit(), m -> m.id().toString());
    }
}
