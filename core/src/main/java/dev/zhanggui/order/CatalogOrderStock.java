package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockChangeReason;
import dev.zhanggui.catalog.StockLevel;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StockMovement;
import dev.zhanggui.catalog.StockRepository;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The order's stock over the catalog's {@link StockRepository}: a take is the repository's
 * conditional {@code adjust} by minus the quantity (one statement in the database adapter), and
 * every take and give-back appends a stock movement (库存流水) naming the order.
 */
public final class CatalogOrderStock implements OrderStock {
    private final StockRepository stock;
    private final IdGenerator ids;

    public CatalogOrderStock(StockRepository stock, IdGenerator ids) {
        this.stock = stock;
        this.ids = ids;
    }

    @Override
    public boolean take(MerchantId merchant, SkuId sku, StockLocation location, int quantity, String orderNumber,
                        String actor, Instant now) {
        Optional<StockLevel> after = stock.adjust(merchant, sku, location, -quantity, StockService.MAX_ON_HAND, now);
        after.ifPresent(level -> record(merchant, level, -quantity, StockChangeReason.ORDER_PLACED, orderNumber,
                actor, now));
        return after.isPresent();
    }

    @Override
    public void putBack(MerchantId merchant, SkuId sku, StockLocation location, int quantity, String orderNumber,
                        String actor, Instant now) {
        StockLevel after = stock.adjust(merchant, sku, location, quantity, StockService.MAX_ON_HAND, now)
                .orElseThrow(() -> new IllegalStateException("stock of " + sku + " cannot take back " + quantity));
        record(merchant, after, quantity, StockChangeReason.ORDER_RELEASED, orderNumber, actor, now);
    }

    @Override
    public Map<SkuId, Integer> available(MerchantId merchant, Collection<SkuId> skus, StockLocation location) {
        Map<SkuId, StockLevel> levels = stock.levels(merchant, List.copyOf(skus), location);
        Map<SkuId, Integer> available = new HashMap<>();
        skus.forEach(sku -> available.put(sku, levels.containsKey(sku) ? levels.get(sku).available() : 0));
        return available;
    }

    private void record(MerchantId merchant, StockLevel after, int delta, StockChangeReason reason,
                        String orderNumber, String actor, Instant now) {
        stock.record(merchant, new StockMovement(ids.newId(), after.sku(), after.location(), reason,
                Optional.of(orderNumber), delta, after.onHand() - delta, after.onHand(), actor, now));
    }
}
