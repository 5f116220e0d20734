package dev.zhanggui.server.shared;

import dev.zhanggui.pricing.Carrier;
import dev.zhanggui.pricing.CarrierId;
import dev.zhanggui.pricing.CarrierRepository;
import dev.zhanggui.pricing.ShippingRate;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.promotion.Promotion;
import dev.zhanggui.promotion.PromotionRepository;
import dev.zhanggui.promotion.PromotionRule;
import dev.zhanggui.promotion.PromotionService;
import dev.zhanggui.promotion.PromotionTerms;
import dev.zhanggui.server.pricing.PricingTestData;
import dev.zhanggui.shared.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import static dev.zhanggui.server.pricing.PricingTestData.DEMO;
import static dev.zhanggui.server.pricing.PricingTestData.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reference data every quote reads (here carriers and promotions) is answered from memory
 * while the merchant's reference version holds, and follows every write at once: through this
 * instance, in the writing transaction itself, and from outside (another instance, a SQL tool);
 * a rolled-back write leaves nothing behind.
 */
@QuarkusTest
class MerchantReferenceCacheTest {
    @Inject
    CarrierRepository carriers;
    @Inject
    PromotionRepository promotionRepository;
    @Inject
    PromotionService promotions;

    @Test
    void carriers_come_from_memory_until_the_version_moves() throws SQLException {
        Carrier carrier = carrier("缓存快递", "10.00");
        QuarkusTransaction.requiringNew().run(() -> carriers.add(carrier));
        assertThat(firstKg(carrier.id())).isEqualTo("10.00");

        // A change that moves no version (the trigger off) is not seen: the answer comes from memory.
        sql("alter table carrier disable trigger carrier_reference_changed",
                "update carrier set first_kg = 11.00 where id = '" + carrier.id().value() + "'",
                "alter table carrier enable trigger carrier_reference_changed");
        assertThat(firstKg(carrier.id())).isEqualTo("10.00");

        // A change from outside (another instance, a SQL tool) moves the version: seen at once.
        sql("update carrier set first_kg = 12.00 where id = '" + carrier.id().value() + "'");
        assertThat(firstKg(carrier.id())).isEqualTo("12.00");
    }

    @Test
    void a_transaction_sees_its_own_writes_and_a_rolled_back_one_leaves_nothing() {
        Carrier kept = carrier("留下的快递", "8.00");
        QuarkusTransaction.requiringNew().run(() -> {
            assertThat(ids()).doesNotContain(kept.id()); // read (and kept) before the write
            carriers.add(kept);
            assertThat(ids()).contains(kept.id());
        });
        assertThat(ids()).contains(kept.id());

        Carrier undone = carrier("撤销的快递", "9.00");
        assertThatThrownBy(() -> QuarkusTransaction.requiringNew().run(() -> {
            carriers.add(undone);
            assertThat(ids()).contains(undone.id());
            throw new IllegalStateException("undo");
        })).isInstanceOf(IllegalStateException.class);
        assertThat(ids()).contains(kept.id()).doesNotContain(undone.id());

        // The rolled-back write took a version value that no later write reuses.
        Carrier later = carrier("之后的快递", "7.00");
        QuarkusTransaction.requiringNew().run(() -> carriers.add(later));
        assertThat(ids()).contains(kept.id(), later.id()).doesNotContain(undone.id());
    }

    @Test
    void promotions_run_by_the_time_asked_also_before_the_one_kept() {
        Instant now = Instant.now();
        String category = PricingTestData.category(null);
        Promotion ended = promotions.create(STAFF, new PromotionTerms("已结束的九折",
                ValidityWindow.between(now.minus(Duration.ofHours(3)), now.minus(Duration.ofHours(1))), List.of(),
                PromotionRule.of("category_percentage_off", Map.of("category", category, "percent", "10")), 0));
        Promotion later = promotions.create(STAFF, new PromotionTerms("明天的九折",
                ValidityWindow.between(now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(2))), List.of(),
                PromotionRule.of("category_percentage_off", Map.of("category", category, "percent", "10")), 0));
        try {
            assertThat(running(now)).doesNotContain(ended.id().value(), later.id().value());
            assertThat(running(now.minus(Duration.ofHours(2)))).contains(ended.id().value());
            assertThat(running(now.plus(Duration.ofDays(1)).plusSeconds(1))).contains(later.id().value());

            promotions.enable(STAFF, later.id(), false);
            assertThat(running(now.plus(Duration.ofDays(1)).plusSeconds(1))).doesNotContain(later.id().value());
        } finally {
            promotions.remove(STAFF, ended.id());
            promotions.remove(STAFF, later.id());
        }
    }

    private List<UUID> running(Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> promotionRepository.running(DEMO, at))
                .stream().map(p -> p.id().value()).toList();
    }

    private List<CarrierId> ids() {
        return carriers.all(DEMO).stream().map(Carrier::id).toList();
    }

    private String firstKg(CarrierId id) {
        return QuarkusTransaction.requiringNew().call(() -> carriers.all(DEMO)).stream()
                .filter(c -> c.id().equals(id)).findFirst().orElseThrow().rate().firstKg().amount().toPlainString();
    }

    private static Carrier carrier(String name, String firstKg) {
        return new Carrier(new CarrierId(UUID.randomUUID()), DEMO, name,
                new ShippingRate(Money.of(firstKg), Money.of("2.00")), List.of(), true, 0);
    }

    private static void sql(String... statements) throws SQLException {
        var config = ConfigProvider.getConfig();
        Properties credentials = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class)
                .ifPresent(u -> credentials.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(p -> credentials.setProperty("password", p));
        try (Connection c = DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                credentials); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }
}
