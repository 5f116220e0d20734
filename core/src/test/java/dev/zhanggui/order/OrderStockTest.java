package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockChangeReason;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StockMovement;
import dev.zhanggui.catalog.StockMovementFilter;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.catalog.inmemory.InMemoryStoreRepository;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.PageRequest;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The order's stock: a conditional take that never oversells, movements naming the order, reasons staff cannot use. */
class OrderStockTest {
    private final OrderFixture f = new OrderFixture();

    @Test
    void takes_only_what_is_there_and_records_movements_naming_the_order() {
        SkuId sku = f.sku("茶", "10.00", 3);
        assertThat(f.stock.take(OrderFixture.SHOP, sku, StockLocation.WAREHOUSE, 2, "N1", "kc-1", OrderFixture.NOW))
                .isTrue();
        assertThat(f.stock.take(OrderFixture.SHOP, sku, StockLocation.WAREHOUSE, 2, "N2", "kc-2", OrderFixture.NOW))
                .isFalse();
        f.stock.putBack(OrderFixture.SHOP, sku, StockLocation.WAREHOUSE, 2, "N1", "system", OrderFixture.NOW);
        assertThat(f.onHand(sku)).isEqualTo(3);
        assertThat(f.stockRepository.movements(OrderFixture.SHOP, new StockMovementFilter(Optional.of(sku),
                Optional.empty()), PageRequest.first(10)).items())
                .extracting(StockMovement::reason, StockMovement::delta, m -> m.note().orElseThrow())
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(StockChangeReason.ORDER_PLACED, -2, "N1"),
                        org.assertj.core.groups.Tuple.tuple(StockChangeReason.ORDER_RELEASED, 2, "N1"));
    }

    @Test
    void staff_cannot_change_stock_under_an_order_reason() {
        SkuId sku = f.sku("茶", "10.00", 3);
        StockService service = new StockService(f.stockRepository, (m, s) -> true, new InMemoryStoreRepository(),
                f.transactions, f.ids, f.clock);
        assertThatThrownBy(() -> service.adjustStock(f.admin, sku, StockLocation.WAREHOUSE, 5,
                StockChangeReason.ORDER_RELEASED, Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.STOCK_ADJUSTMENT_INVALID);
    }
}
