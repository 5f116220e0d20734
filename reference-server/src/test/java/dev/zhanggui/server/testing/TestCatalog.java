package dev.zhanggui.server.testing;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Catalog data that belongs to one test: categories and stores created through the REST API as
 * merchant demo's admin, and SKUs and product placements written straight into the tables the
 * products part owns (the stock and category rules need them, not the products API).
 */
public final class TestCatalog {
    public static final String CATEGORIES = "/api/v1/categories";
    public static final String STORES = "/api/v1/stores";
    public static final String STOCK_ADJUSTMENTS = "/api/v1/stock-adjustments";

    private TestCatalog() {
    }

    /** A name no other test uses, starting with the given word. */
    public static String unique(String word) {
        return word + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Creates a category of merchant demo; parentId may be null. Returns its id. */
    public static String createCategory(String parentId, String name, int sortOrder) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("parentId", parentId);
        body.put("name", name);
        body.put("sortOrder", sortOrder);
        return Api.asAdmin().body(body).when().post(CATEGORIES).then().statusCode(201).extract().path("id");
    }

    /** Opens a store of merchant demo at the given coordinates. Returns its id. */
    public static String createStore(String name, String latitude, String longitude) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", name);
        body.put("address", "上海市 " + name);
        body.put("latitude", new BigDecimal(latitude));
        body.put("longitude", new BigDecimal(longitude));
        return Api.asAdmin().body(body).when().post(STORES).then().statusCode(201).extract().path("id");
    }

    /** A new product with one SKU of the merchant, written into the tables. Returns the SKU id. */
    public static String newSku(String merchant) {
        return newSkuOf(newProduct(merchant), merchant).toString();
    }

    /**
     * Puts a new product of merchant demo into a category, as the products part does. It has one
     * SKU, as every product has: lists of products show each one's lowest SKU price.
     */
    public static void placeNewProductIn(String categoryId) {
        UUID product = newProduct("demo");
        newSkuOf(product, "demo");
        run(em -> em.createNativeQuery(
                        "insert into product_category (product_id, category_id, merchant_id) values (?1, ?2, 'demo')")
                .setParameter(1, product).setParameter(2, UUID.fromString(categoryId)).executeUpdate());
    }

    private static UUID newSkuOf(UUID product, String merchant) {
        UUID sku = UUID.randomUUID();
        run(em -> em.createNativeQuery("""
                        insert into sku (id, merchant_id, product_id, position, code, currency, list_price, price)
                        values (?1, ?2, ?3, 0, ?4, 'CNY', 10.00, 9.90)""")
                .setParameter(1, sku).setParameter(2, merchant).setParameter(3, product)
                .setParameter(4, "SKU-" + sku).executeUpdate());
        return sku;
    }

    private static UUID newProduct(String merchant) {
        UUID product = UUID.randomUUID();
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        run(em -> em.createNativeQuery("""
                        insert into product (id, merchant_id, code, name, status, created_at, updated_at, version)
                        values (?1, ?2, ?3, '测试商品', 'IN_WAREHOUSE', ?4, ?4, 0)""")
                .setParameter(1, product).setParameter(2, merchant).setParameter(3, "P-" + product)
                .setParameter(4, now).executeUpdate());
        return product;
    }

    private static void run(java.util.function.Function<EntityManager, Integer> statement) {
        QuarkusTransaction.requiringNew().run(() -> statement.apply(Arc.container().instance(EntityManager.class).get()));
    }

    /** Sets the stock of a SKU of merchant demo (storeId null: the warehouse) as its admin. */
    public static void setStock(String skuId, String storeId, int quantity) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("skuId", skuId);
        body.put("storeId", storeId);
        body.put("quantity", quantity);
        body.put("reason", "MANUAL_SET");
        given().spec(Api.asAdmin()).body(body).when().post(STOCK_ADJUSTMENTS).then().statusCode(201);
    }
}
