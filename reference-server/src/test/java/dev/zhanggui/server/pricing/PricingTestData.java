package dev.zhanggui.server.pricing;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;
import dev.zhanggui.wallet.Cause;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.WalletPaymentService;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Fresh pricing test data of merchant demo: categories and on-sale SKUs written into the catalog
 * tables (with the price and weight a test needs), customers, and points in their wallets.
 */
public final class PricingTestData {
    public static final MerchantId DEMO = MerchantId.of("demo");
    public static final Actor STAFF = Actor.admin(DEMO, "pricing-test");

    private PricingTestData() {
    }

    public static String category(String parentId) {
        UUID id = UUID.randomUUID();
        run(em -> em.createNativeQuery("insert into category (id, merchant_id, parent_id, name, sort_order, created_at,"
                        + " version) values (?1, 'demo', ?2, ?3, 0, ?4, 0)")
                .setParameter(1, id).setParameter(2, parentId == null ? null : UUID.fromString(parentId))
                .setParameter(3, "测试分类 " + id.toString().substring(0, 8))
                .setParameter(4, OffsetDateTime.now(ZoneOffset.UTC)).executeUpdate());
        return id.toString();
    }

    /** A new on-sale product of merchant demo with one SKU at this price and weight; returns the SKU id. */
    public static String sku(String price, int weightGrams, String categoryId) {
        return sku(price, weightGrams, categoryId, "ON_SALE");
    }

    public static String sku(String price, int weightGrams, String categoryId, String status) {
        UUID product = UUID.randomUUID();
        UUID sku = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        run(em -> em.createNativeQuery("""
                        insert into product (id, merchant_id, code, name, status, created_at, updated_at, version)
                        values (?1, 'demo', ?2, '报价测试商品', ?3, ?4, ?4, 0)""")
                .setParameter(1, product).setParameter(2, "P-" + product).setParameter(3, status)
                .setParameter(4, now).executeUpdate());
        run(em -> em.createNativeQuery("""
                        insert into sku (id, merchant_id, product_id, position, code, currency, list_price, price,
                            weight_grams) values (?1, 'demo', ?2, 0, ?3, 'CNY', ?4, ?4, ?5)""")
                .setParameter(1, sku).setParameter(2, product).setParameter(3, "SKU-" + sku)
                .setParameter(4, new java.math.BigDecimal(price)).setParameter(5, weightGrams).executeUpdate());
        if (categoryId != null) {
            run(em -> em.createNativeQuery("insert into product_category (product_id, category_id, merchant_id) "
                            + "values (?1, ?2, 'demo')")
                    .setParameter(1, product).setParameter(2, UUID.fromString(categoryId)).executeUpdate());
        }
        return sku.toString();
    }

    public static CustomerId customer() {
        return CustomerId.parse(Api.createCustomer(Api.randomPhone()));
    }

    /** Credits points to the customer's wallet (they count as earned). */
    public static void givePoints(WalletPaymentService wallets, CustomerId customer, long points) {
        wallets.earnPoints(STAFF, customer, Points.of(points),
                LedgerReason.PURCHASE_REWARD, new Cause(Cause.Kind.RULE, "pricing-test"),
                "points-" + UUID.randomUUID());
    }

    private static void run(java.util.function.Function<EntityManager, Integer> statement) {
        QuarkusTransaction.requiringNew().run(() ->
                statement.apply(Arc.container().instance(EntityManager.class).get()));
    }
}
