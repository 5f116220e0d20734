package dev.zhanggui.server.testing;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Product request bodies and test data; codes are unique so that tests never collide. */
public final class ProductRequests {
    public static final String PRODUCTS = "/api/v1/products";

    private ProductRequests() {
    }

    public static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** A product without specs: one SKU with this price. */
    public static Map<String, Object> simpleProduct(String code, String name, String price) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("skus", List.of(sku(code + "-S", price)));
        return body;
    }

    public static Map<String, Object> sku(String code, String price) {
        Map<String, Object> sku = new LinkedHashMap<>();
        if (code != null) {
            sku.put("code", code);
        }
        sku.put("listPrice", price);
        sku.put("price", price);
        return sku;
    }

    public static Map<String, Object> specValue(String name, String value) {
        return Map.of("name", name, "value", value);
    }

    /** Creates a product of merchant demo as its admin; returns its id. */
    public static String create(Map<String, Object> body) {
        return Api.asAdmin().body(body).when().post(PRODUCTS).then().log().ifValidationFails().statusCode(201)
                .extract().path("id");
    }

    public static void setStatus(String id, String status) {
        Api.asAdmin().body(Map.of("status", status)).when().put(PRODUCTS + "/" + id + "/status")
                .then().statusCode(200);
    }

    /** A category row of merchant demo (the category API is built elsewhere); returns its id. */
    public static String insertCategory(EntityManager em, String parentId, String name) {
        UUID id = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("insert into category (id, merchant_id,"
                        + " parent_id, name, sort_order, created_at, version) values (?1, 'demo', ?2, ?3, 0, ?4, 0)")
                .setParameter(1, id).setParameter(2, parentId == null ? null : UUID.fromString(parentId))
                .setParameter(3, name).setParameter(4, Instant.now()).executeUpdate());
        return id.toString();
    }

    /**
     * A product of merchant demo on sale with one SKU at the price, created through the products API,
     * and that stock in the warehouse. Returns the product id and the SKU id.
     */
    public static String[] onSaleWithStock(String codePrefix, String name, String price, int onHand) {
        String product = create(simpleProduct(uniqueCode(codePrefix), name, price));
        setStatus(product, "ON_SALE");
        String sku = Api.asAdmin().get(PRODUCTS + "/" + product).then().statusCode(200).extract().path("skus[0].id");
        TestCatalog.setStock(sku, null, onHand);
        return new String[] {product, sku};
    }
}
