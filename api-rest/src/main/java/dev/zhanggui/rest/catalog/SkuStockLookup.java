package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.catalog.StockSummary;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.shared.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The stock shown with the SKUs of the products an answer carries, read in one query for all of
 * them: at the store asked for, else in the central warehouse. Everyone sees what is available;
 * staff also see what is on hand and reserved.
 */
@ApplicationScoped
public class SkuStockLookup {
    @Inject
    StockService stock;

    Function<SkuId, SkuStockView> of(Actor actor, Collection<Product> products, Optional<StoreId> store) {
        Map<SkuId, StockSummary> levels = stock.levels(actor.merchant(),
                products.stream().flatMap(p -> p.skus().stream()).map(s -> s.id()).toList(), store);
        boolean staff = actor.actsForMerchant();
        return sku -> Optional.ofNullable(levels.get(sku)).map(l -> SkuStockView.of(l, staff)).orElse(null);
    }

    /** The stock of a SKU at one place; never negative. */
    @Schema(name = "SkuStock")
    public record SkuStockView(@Schema(description = "What can be sold now: on hand less reserved") int available,
                               @Schema(nullable = true, description = "Staff only") Integer onHand,
                               @Schema(nullable = true, description = "Staff only: held by unpaid orders") Integer reserved) {
        static SkuStockView of(StockSummary level, boolean staff) {
            return new SkuStockView(level.available(), staff ? level.onHand() : null,
                    staff ? level.reserved() : null);
        }
    }
}
