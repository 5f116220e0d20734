package dev.zhanggui.catalog;

import dev.zhanggui.catalog.inmemory.InMemoryStoreRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.VersionCheck;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A merchant opens stores (门店) in 上海; a shopper at 静安寺 looks for the nearest. */
class StoreScenarioTest {
    private static final MerchantId SHOP = MerchantId.of("shop");
    private static final GeoPoint JINGAN_TEMPLE = GeoPoint.of("31.2231", "121.4457");
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-08T02:00:00Z"), ZoneOffset.UTC);
    private final StoreService stores = new StoreService(new InMemoryStoreRepository(), new InMemoryTransactions(),
            new TimeOrderedIdGenerator(clock), clock);
    private final Actor staff = Actor.staff(SHOP, "staff-1");
    private final Actor shopper = new Actor(SHOP, "anonymous", Actor.Kind.ANONYMOUS, Optional.empty());

    private Store open(String name, String lat, String lng) {
        return stores.create(staff, new StoreDetails(name, "上海市 " + name, GeoPoint.of(lat, lng),
                Optional.of("09:00-21:00"), Optional.empty()));
    }

    @Test
    void the_nearest_stores_come_first_with_their_distance() {
        open("虹桥店", "31.1979", "121.3363");
        open("陆家嘴店", "31.2397", "121.4998");
        open("人民广场店", "31.2304", "121.4737");

        List<NearbyStore> nearest = stores.nearest(shopper, JINGAN_TEMPLE, 10);

        assertThat(nearest).extracting(n -> n.store().details().name()).containsExactly("人民广场店", "陆家嘴店", "虹桥店");
        // 静安寺 to 人民广场 is about 2.8 km as the crow flies.
        assertThat(nearest.getFirst().distanceMeters()).isBetween(2_600L, 3_000L);
        assertThat(stores.nearest(shopper, JINGAN_TEMPLE, 1)).hasSize(1);
        assertThatThrownBy(() -> stores.nearest(shopper, JINGAN_TEMPLE, 0)).extracting("code")
                .isEqualTo(ErrorCode.PAGE_LIMIT_INVALID);
    }

    @Test
    void coordinates_must_be_on_earth() {
        assertThatThrownBy(() -> GeoPoint.of("90.5", "121")).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.STORE_INVALID);
            assertThat(e.fieldErrors()).extracting("field").containsExactly("latitude");
        });
        assertThatThrownBy(() -> GeoPoint.of("31", "-180.01")).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.fieldErrors()).extracting("field").containsExactly("longitude"));
        assertThatThrownBy(() -> GeoPoint.of("north", "121")).extracting("code").isEqualTo(ErrorCode.STORE_INVALID);
        assertThat(GeoPoint.of("-90", "180").latitude()).isEqualByComparingTo(new BigDecimal("-90"));
    }

    @Test
    void staff_update_a_store_guarded_by_its_version() {
        Store store = open("人民广场店", "31.2304", "121.4737");

        Store moved = stores.update(staff, store.id(), new StoreChange(Optional.empty(), Optional.of("南京东路 1 号"),
                Optional.of(GeoPoint.of("31.2400", "121.4850")), Optional.of(""), Optional.of("021-12345678")),
                Optional.of(0L));

        assertThat(moved.version()).isEqualTo(1);
        assertThat(moved.details().openingHours()).isEmpty();
        assertThat(moved.details().phone()).contains("021-12345678");
        assertThat(stores.get(shopper, store.id()).details().address()).isEqualTo("南京东路 1 号");
        assertThatThrownBy(() -> stores.update(staff, store.id(), new StoreChange(Optional.of("新名"), null, null,
                null, null), Optional.of(0L))).isInstanceOf(VersionCheck.VersionMismatchException.class);
        assertThatThrownBy(() -> stores.create(shopper, store.details())).extracting("code")
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(stores.list(shopper, PageRequest.first(10)).items()).hasSize(1);
    }
}
