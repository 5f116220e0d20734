package dev.zhanggui.catalog;

import dev.zhanggui.catalog.inmemory.InMemorySkuDirectory;
import dev.zhanggui.catalog.inmemory.InMemoryStockRepository;
import dev.zhanggui.catalog.inmemory.InMemoryStoreRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff receive, count and write off stock (库存) of a SKU, in the warehouse and in a store. */
class StockScenarioTest {
    private static final MerchantId SHOP = MerchantId.of("shop");
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-08T02:00:00Z"), ZoneOffset.UTC);
    private final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock);
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryStoreRepository storeRepository = new InMemoryStoreRepository();
    private final InMemorySkuDirectory skus = new InMemorySkuDirectory();
    private final StockService stock = new StockService(new InMemoryStockRepository(), skus, storeRepository,
            transactions, ids, clock);
    private final StoreService stores = new StoreService(storeRepository, transactions, ids, clock);
    private final Actor staff = Actor.staff(SHOP, "staff-1");
    private final SkuId redTea = new SkuId(UUID.randomUUID());

    StockScenarioTest() {
        skus.add(SHOP, redTea);
    }

    @Test
    void every_change_is_a_movement_with_who_why_before_and_after() {
        stock.setStock(staff, redTea, StockLocation.WAREHOUSE, 30, StockChangeReason.MANUAL_SET, Optional.of("盘点"));
        StockUpdate received = stock.adjustStock(staff, redTea, StockLocation.WAREHOUSE, 12, StockChangeReason.RECEIVED,
                Optional.empty());
        stock.adjustStock(staff, redTea, StockLocation.WAREHOUSE, -2, StockChangeReason.DAMAGED, Optional.of("破损"));

        assertThat(received.level().onHand()).isEqualTo(42);
        List<StockMovement> ledger = stock.movements(staff, new StockMovementFilter(Optional.of(redTea), null),
                PageRequest.first(10)).items();
        assertThat(ledger).extracting(StockMovement::reason).containsExactly(StockChangeReason.DAMAGED,
                StockChangeReason.RECEIVED, StockChangeReason.MANUAL_SET);
        assertThat(ledger).extracting(StockMovement::delta).containsExactly(-2, 12, 30);
        assertThat(ledger.getFirst()).extracting(StockMovement::onHandBefore, StockMovement::onHandAfter,
                StockMovement::actor).containsExactly(42, 40, "staff-1");
        assertThat(stock.levels(SHOP, List.of(redTea), Optional.empty()).get(redTea).available()).isEqualTo(40);
    }

    @Test
    void removing_more_than_is_there_is_refused_and_changes_nothing() {
        stock.setStock(staff, redTea, StockLocation.WAREHOUSE, 3, StockChangeReason.MANUAL_SET, Optional.empty());

        assertThatThrownBy(() -> stock.adjustStock(staff, redTea, StockLocation.WAREHOUSE, -4,
                StockChangeReason.MANUAL_ADJUST, Optional.empty())).extracting("code")
                .isEqualTo(ErrorCode.STOCK_INSUFFICIENT);
        assertThatThrownBy(() -> stock.setStock(staff, redTea, StockLocation.WAREHOUSE, -1,
                StockChangeReason.MANUAL_SET, Optional.empty())).extracting("code")
                .isEqualTo(ErrorCode.STOCK_ADJUSTMENT_INVALID);
        assertThatThrownBy(() -> stock.adjustStock(staff, redTea, StockLocation.WAREHOUSE, 0,
                StockChangeReason.MANUAL_ADJUST, Optional.empty())).extracting("code")
                .isEqualTo(ErrorCode.STOCK_ADJUSTMENT_INVALID);

        assertThat(stock.levels(SHOP, List.of(redTea), Optional.empty()).get(redTea).onHand()).isEqualTo(3);
        assertThat(stock.movements(staff, new StockMovementFilter(null, null), PageRequest.first(10)).items())
                .hasSize(1);
    }

    @Test
    void stores_keep_their_own_stock_and_unknown_skus_or_stores_are_refused() {
        Store store = stores.create(staff, new StoreDetails("人民广场店", "上海市黄浦区", GeoPoint.of("31.2304", "121.4737"),
                Optional.empty(), Optional.empty()));
        StockLocation atStore = StockLocation.store(store.id());
        stock.adjustStock(staff, redTea, atStore, 5, StockChangeReason.RECEIVED, Optional.empty());
        stock.setStock(staff, redTea, StockLocation.WAREHOUSE, 100, StockChangeReason.MANUAL_SET, Optional.empty());
        SkuId unstocked = new SkuId(UUID.randomUUID());
        skus.add(SHOP, unstocked);

        Map<SkuId, StockSummary> inStore = stock.levels(SHOP, List.of(redTea, unstocked), Optional.of(store.id()));

        assertThat(inStore.get(redTea).available()).isEqualTo(5);
        assertThat(inStore.get(unstocked)).isEqualTo(StockSummary.none(unstocked));
        assertThat(stock.stockAt(staff, atStore, PageRequest.first(10)).items()).extracting(StockLevel::onHand)
                .containsExactly(5);
        assertThatThrownBy(() -> stock.adjustStock(staff, new SkuId(UUID.randomUUID()), atStore, 1,
                StockChangeReason.RECEIVED, Optional.empty())).extracting("code").isEqualTo(ErrorCode.SKU_NOT_FOUND);
        assertThatThrownBy(() -> stock.adjustStock(staff, redTea, StockLocation.store(new StoreId(UUID.randomUUID())),
                1, StockChangeReason.RECEIVED, Optional.empty())).extracting("code").isEqualTo(ErrorCode.STORE_NOT_FOUND);
        assertThatThrownBy(() -> stock.adjustStock(Actor.staff(MerchantId.of("other"), "s"), redTea, atStore, 1,
                StockChangeReason.RECEIVED, Optional.empty())).extracting("code").isEqualTo(ErrorCode.SKU_NOT_FOUND);
    }

    @Test
    void shoppers_neither_change_nor_read_stock() {
        Actor shopper = Actor.customer(SHOP, "kc-1", "13800000001");
        assertThatThrownBy(() -> stock.adjustStock(shopper, redTea, StockLocation.WAREHOUSE, 1,
                StockChangeReason.RECEIVED, Optional.empty())).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> stock.movements(shopper, new StockMovementFilter(null, null), PageRequest.first(1)))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }
}
