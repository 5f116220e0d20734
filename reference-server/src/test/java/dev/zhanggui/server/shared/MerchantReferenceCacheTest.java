package dev.zhanggui.server.shared;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerGroupRepository;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.order.PaymentTerms;
import dev.zhanggui.pricing.Carrier;
import dev.zhanggui.pricing.CarrierId;
import dev.zhanggui.pricing.CarrierRepository;
import dev.zhanggui.pricing.PriceList;
import dev.zhanggui.pricing.PriceListRepository;
import dev.zhanggui.pricing.PricedSku;
import dev.zhanggui.pricing.PricingCatalog;
import dev.zhanggui.pricing.ShippingRate;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.promotion.CouponBenefit;
import dev.zhanggui.promotion.CouponScope;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.promotion.CouponTemplateRepository;
import dev.zhanggui.promotion.CouponTemplateService;
import dev.zhanggui.promotion.CouponTerms;
import dev.zhanggui.promotion.CouponValidity;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;

import static dev.zhanggui.server.pricing.PricingTestData.DEMO;
import static dev.zhanggui.server.pricing.PricingTestData.STAFF;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The reference data every quote reads (here carriers, promotions, priced SKUs, a customer's
 * groups and price lists, coupon templates, order settings and payment terms) is answered from memory
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
    @Inject
    PricingCatalog pricing;
    @Inject
    CustomerGroupRepository groups;
    @Inject
    PriceListRepository priceLists;
    @Inject
    CouponTemplateService couponTemplates;
    @Inject
    CouponTemplateRepository couponTemplateRepository;
    @Inject
    OrderSettings orderSettings;

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

    @Test
    void priced_skus_follow_every_write_to_what_they_are_made_of_and_not_the_sales_count() throws SQLException {
        String parent = PricingTestData.category(null);
        String child = PricingTestData.category(null);
        SkuId sku = new SkuId(UUID.fromString(PricingTestData.sku("20.00", 300, child)));
        assertThat(priced(sku).listPrice()).isEqualTo(Money.of("20.00"));
        String product = priced(sku).product().value().toString();

        // A change that moves no version (the trigger off) is not seen: the answer comes from memory.
        sql("alter table sku disable trigger sku_reference_changed",
                "update sku set price = 19.00 where id = '" + sku.value() + "'",
                "alter table sku enable trigger sku_reference_changed");
        assertThat(priced(sku).listPrice()).isEqualTo(Money.of("20.00"));

        long version = version();
        sql("update product set sales_count = sales_count + 5 where id = '" + product + "'");
        assertThat(version()).as("sales counts move no version").isEqualTo(version);

        sql("update sku set price = 18.50, weight_grams = 250 where id = '" + sku.value() + "'");
        assertThat(priced(sku).listPrice()).isEqualTo(Money.of("18.50"));
        assertThat(priced(sku).weightGrams()).isEqualTo(250);

        sql("update category set parent_id = '" + parent + "' where id = '" + child + "'");
        assertThat(priced(sku).categories()).extracting(c -> c.value().toString()).containsExactlyInAnyOrder(child, parent);

        sql("delete from product_category where product_id = '" + product + "'");
        assertThat(priced(sku).categories()).isEmpty();

        sql("update product set status = 'OFF_SHELF' where id = '" + product + "'");
        assertThat(pricedSkus(sku)).doesNotContainKey(sku);
        sql("update product set status = 'ON_SALE' where id = '" + product + "'");
        assertThat(pricedSkus(sku)).containsKey(sku);
    }

    @Test
    void a_transaction_writing_many_rows_moves_the_version_once() throws SQLException {
        String category = PricingTestData.category(null);
        List<String> skus = List.of(PricingTestData.sku("1.00", 0, category), PricingTestData.sku("2.00", 0, category),
                PricingTestData.sku("3.00", 0, category));
        long before = sequence();
        sql("begin", "update sku set weight_grams = weight_grams + 1 where id in ('" + String.join("','", skus) + "')",
                "update category set name = name || '!' where id = '" + category + "'", "commit");
        assertThat(sequence() - before).isEqualTo(1);

        // Undone with a savepoint, the note of the bump is undone too: the write after it bumps again.
        sql("begin", "savepoint s", "update sku set weight_grams = weight_grams + 1 where id = '" + skus.get(0) + "'",
                "rollback to savepoint s", "update sku set weight_grams = weight_grams + 1 where id = '" + skus.get(1) + "'",
                "commit");
        assertThat(sequence() - before).isEqualTo(3);
        assertThat(version()).isEqualTo(sequence());
    }

    @Test
    void a_customers_groups_and_price_lists_follow_every_write() throws SQLException {
        CustomerId customer = PricingTestData.customer();
        UUID group = UUID.randomUUID();
        sql("insert into customer_group (id, merchant_id, name, version) values ('" + group + "', 'demo', '批发客户', 0)");
        assertThat(groupsOf(customer)).isEmpty();

        // Moving no version (the trigger off), a new member is not seen: the answer comes from memory.
        sql("alter table customer_group_member disable trigger customer_group_member_reference_changed",
                "insert into customer_group_member (group_id, customer_id, merchant_id) values ('" + group + "', '"
                        + customer.value() + "', 'demo')",
                "alter table customer_group_member enable trigger customer_group_member_reference_changed");
        assertThat(groupsOf(customer)).isEmpty();
        sql("delete from customer_group_member where group_id = '" + group + "'",
                "insert into customer_group_member (group_id, customer_id, merchant_id) values ('" + group + "', '"
                        + customer.value() + "', 'demo')");
        assertThat(groupsOf(customer)).containsExactly(new CustomerGroupId(group));

        Instant now = Instant.now();
        UUID list = UUID.randomUUID();
        String sku = PricingTestData.sku("10.00", 0, null);
        sql("insert into price_list (id, merchant_id, name, owner_group_id, valid_from, valid_until, entries, version) "
                + "values ('" + list + "', 'demo', '明天的批发价', '" + group + "', now() + interval '1 day', null, '{\"" + sku
                + "\": [{\"min\": 1, \"price\": \"8.00\"}]}', 0)");
        assertThat(applicable(customer, now)).isEmpty();
        assertThat(applicable(customer, now.plus(Duration.ofDays(1)).plusSeconds(5))).as("started by then")
                .extracting(l -> l.id().value()).containsExactly(list);

        sql("update price_list set valid_from = now() - interval '1 hour', valid_until = now() + interval '1 hour' "
                + "where id = '" + list + "'");
        assertThat(applicable(customer, now)).extracting(l -> l.id().value()).containsExactly(list);
        assertThat(applicable(customer, now.plus(Duration.ofHours(2)))).as("ended by then").isEmpty();
        assertThat(applicable(customer, now)).as("asked again for now, after a later moment was asked")
                .extracting(l -> l.id().value()).containsExactly(list);

        sql("delete from customer_group_member where group_id = '" + group + "'");
        assertThat(groupsOf(customer)).isEmpty();
        assertThat(applicable(customer, now)).isEmpty();
    }

    @Test
    void coupon_templates_follow_writes_to_their_terms_and_not_the_issued_count() throws SQLException {
        CouponTemplate template = couponTemplates.create(STAFF, new CouponTerms("缓存测试券", new CouponBenefit.FixedAmount(
                Money.of("5.00")), Money.of("0.00"), CouponScope.ALL, new CouponValidity.DaysFromClaim(30), 100, 1, true));
        assertThat(template(template.id()).minimumSpend()).isEqualTo(Money.of("0.00"));
        String id = template.id().value().toString();

        sql("alter table coupon_template disable trigger coupon_template_reference_changed",
                "update coupon_template set minimum_spend = 50.00 where id = '" + id + "'",
                "alter table coupon_template enable trigger coupon_template_reference_changed");
        assertThat(template(template.id()).minimumSpend()).as("kept").isEqualTo(Money.of("0.00"));

        long version = version();
        sql("update coupon_template set issued = issued + 1 where id = '" + id + "'");
        assertThat(version()).as("issuing moves no version").isEqualTo(version);

        sql("update coupon_template set minimum_spend = 60.00, enabled = false where id = '" + id + "'");
        assertThat(template(template.id()).minimumSpend()).isEqualTo(Money.of("60.00"));
        assertThat(template(template.id()).enabled()).isFalse();
    }

    @Test
    void order_settings_and_a_customers_payment_terms_follow_every_write() throws SQLException {
        CustomerId customer = PricingTestData.customer();
        assertThat(terms(customer)).isEmpty();
        ZoneId zone = settings().zone();

        sql("alter table customer_payment_terms disable trigger customer_payment_terms_reference_changed",
                "insert into customer_payment_terms (merchant_id, customer_id, first_order_may_pay_cod, "
                        + "returning_may_pay_cod, unsettled_cod_blocks_next) values ('demo', '" + customer.value()
                        + "', false, false, true)",
                "alter table customer_payment_terms enable trigger customer_payment_terms_reference_changed");
        assertThat(terms(customer)).as("kept").isEmpty();
        sql("update customer_payment_terms set returning_may_pay_cod = true where customer_id = '" + customer.value() + "'");
        assertThat(terms(customer)).contains(new PaymentTerms(false, true, true));

        try {
            sql("update merchant set time_zone = 'Asia/Urumqi' where id = 'demo'");
            assertThat(settings().zone()).isEqualTo(ZoneId.of("Asia/Urumqi"));
        } finally {
            sql("update merchant set time_zone = '" + zone.getId() + "' where id = 'demo'");
        }
        assertThat(settings().zone()).isEqualTo(zone);
        sql("delete from customer_payment_terms where customer_id = '" + customer.value() + "'");
        assertThat(terms(customer)).isEmpty();
    }

    private Optional<PaymentTerms> terms(CustomerId customer) {
        return QuarkusTransaction.requiringNew().call(() -> orderSettings.termsFor(DEMO, customer));
    }

    private OrderSettings.MerchantOrderSettings settings() {
        return QuarkusTransaction.requiringNew().call(() -> orderSettings.of(DEMO));
    }

    private CouponTemplate template(CouponTemplateId id) {
        return QuarkusTransaction.requiringNew().call(() -> couponTemplateRepository.findAll(DEMO, List.of(id))).get(id);
    }

    private List<CustomerGroupId> groupsOf(CustomerId customer) {
        return QuarkusTransaction.requiringNew().call(() -> groups.groupsOf(DEMO, customer));
    }

    private List<PriceList> applicable(CustomerId customer, Instant at) {
        return QuarkusTransaction.requiringNew().call(() ->
                priceLists.applicable(DEMO, customer, groups.groupsOf(DEMO, customer), at));
    }

    private PricedSku priced(SkuId sku) {
        return pricedSkus(sku).get(sku);
    }

    private Map<SkuId, PricedSku> pricedSkus(SkuId sku) {
        return QuarkusTransaction.requiringNew().call(() -> pricing.findAll(DEMO, List.of(sku)));
    }

    private static long version() throws SQLException {
        return single("select version from reference_version where merchant_id = 'demo'");
    }

    private static long sequence() throws SQLException {
        return single("select last_value from reference_version_value");
    }

    private static long single(String query) throws SQLException {
        try (Connection c = connect(); Statement s = c.createStatement(); var rs = s.executeQuery(query)) {
            rs.next();
            return rs.getLong(1);
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
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static Connection connect() throws SQLException {
        var config = ConfigProvider.getConfig();
        Properties credentials = new Properties();
        config.getOptionalValue("quarkus.datasource.username", String.class)
                .ifPresent(u -> credentials.setProperty("user", u));
        config.getOptionalValue("quarkus.datasource.password", String.class)
                .ifPresent(p -> credentials.setProperty("password", p));
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), credentials);
    }
}
