package dev.zhanggui.server.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.Api.anonymous;
import static dev.zhanggui.server.testing.Api.asAcmeAdmin;
import static dev.zhanggui.server.testing.Api.asAdmin;
import static dev.zhanggui.server.testing.Api.asCustomer;
import static dev.zhanggui.server.testing.Api.asStaff;
import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.TestCatalog.STOCK_ADJUSTMENTS;
import static dev.zhanggui.server.testing.TestCatalog.STORES;
import static dev.zhanggui.server.testing.TestCatalog.createStore;
import static dev.zhanggui.server.testing.TestCatalog.newSku;
import static dev.zhanggui.server.testing.TestCatalog.setStock;
import static dev.zhanggui.server.testing.TestCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** Stock (库存) through REST: set and adjusted by staff, every change in the ledger, never negative. */
@QuarkusTest
class StockRestTest {

    static Map<String, Object> change(String skuId, String storeId, String kind, int amount, String reason) {
        Map<String, Object> body = new HashMap<>();
        body.put("skuId", skuId);
        body.put("storeId", storeId);
        body.put(kind, amount);
        body.put("reason", reason);
        return body;
    }

    @Test
    void set_and_adjust_record_who_why_before_and_after() {
        String sku = newSku("demo");

        asStaff().body(change(sku, null, "quantity", 30, "MANUAL_SET"))
                .when().post(STOCK_ADJUSTMENTS)
                .then().statusCode(201).body("delta", equalTo(30)).body("onHandBefore", equalTo(0))
                .body("level.onHand", equalTo(30)).body("storeId", nullValue());
        Map<String, Object> received = change(sku, null, "delta", 12, "RECEIVED");
        received.put("note", "到货 12 件");
        asAdmin().body(received).when().post(STOCK_ADJUSTMENTS)
                .then().statusCode(201).body("onHandBefore", equalTo(30)).body("onHandAfter", equalTo(42))
                .body("level.available", equalTo(42)).body("note", equalTo("到货 12 件"));
        asAdmin().body(change(sku, null, "delta", -2, "DAMAGED")).when().post(STOCK_ADJUSTMENTS).then().statusCode(201);

        JsonPath ledger = asStaff().queryParam("skuId", sku).when().get(STOCK_ADJUSTMENTS)
                .then().statusCode(200).extract().jsonPath();
        assertThat(ledger.getList("items.reason", String.class)).containsExactly("DAMAGED", "RECEIVED", "MANUAL_SET");
        assertThat(ledger.getList("items.delta", Integer.class)).containsExactly(-2, 12, 30);
        assertThat(ledger.getList("items.onHandAfter", Integer.class)).containsExactly(40, 42, 30);
        assertThat(ledger.getList("items.actor", String.class)).doesNotContainNull().allMatch(a -> !a.isBlank());
        assertThat(ledger.getList("items.occurredAt", String.class)).doesNotContainNull();

        String next = asStaff().queryParam("skuId", sku).queryParam("limit", 2).when().get(STOCK_ADJUSTMENTS)
                .then().statusCode(200).body("items.delta", contains(-2, 12)).extract().path("next");
        asStaff().queryParam("skuId", sku).queryParam("limit", 2).queryParam("after", next)
                .when().get(STOCK_ADJUSTMENTS)
                .then().statusCode(200).body("items.delta", contains(30)).body("next", nullValue());
    }

    @Test
    void stock_never_goes_negative_and_a_refused_change_leaves_nothing() {
        String sku = newSku("demo");
        setStock(sku, null, 3);

        asAdmin().body(change(sku, null, "delta", -4, "MANUAL_ADJUST")).when().post(STOCK_ADJUSTMENTS)
                .then().spec(problem(422, "STOCK_INSUFFICIENT")).body("errors[0].field", equalTo("delta"));
        asAdmin().body(change(sku, null, "quantity", -1, "MANUAL_SET")).when().post(STOCK_ADJUSTMENTS)
                .then().spec(problem(400, "STOCK_ADJUSTMENT_INVALID"));
        Map<String, Object> both = change(sku, null, "delta", 1, "RECEIVED");
        both.put("quantity", 5);
        asAdmin().body(both).when().post(STOCK_ADJUSTMENTS).then().spec(problem(400, "STOCK_ADJUSTMENT_INVALID"));
        asAdmin().body(change(sku, null, "delta", 1, "STOLEN")).when().post(STOCK_ADJUSTMENTS)
                .then().spec(problem(400, "STOCK_ADJUSTMENT_INVALID")).body("errors[0].field", equalTo("reason"));

        asAdmin().queryParam("skuId", sku).when().get(STOCK_ADJUSTMENTS)
                .then().statusCode(200).body("items.onHandAfter", contains(3));
    }

    @Test
    void a_store_keeps_its_own_stock_and_unknown_skus_or_stores_are_refused() {
        String store = createStore(unique("库存店"), "31.2304", "121.4737");
        String sku = newSku("demo");
        setStock(sku, store, 7);
        setStock(sku, null, 100);

        asStaff().when().get(STORES + "/" + store + "/stock")
                .then().statusCode(200).body("items.skuId", contains(sku)).body("items.onHand", contains(7))
                .body("items.available", contains(7)).body("items.storeId", contains(store));
        asStaff().queryParam("storeId", store).when().get(STOCK_ADJUSTMENTS)
                .then().statusCode(200).body("items.delta", contains(7));
        asAdmin().body(change(newSku("acme"), store, "delta", 1, "RECEIVED")).when().post(STOCK_ADJUSTMENTS)
                .then().spec(problem(404, "SKU_NOT_FOUND"));
        asAdmin().body(change(sku, java.util.UUID.randomUUID().toString(), "delta", 1, "RECEIVED"))
                .when().post(STOCK_ADJUSTMENTS).then().spec(problem(404, "STORE_NOT_FOUND"));
    }

    @Test
    void only_staff_read_or_change_stock() {
        String store = createStore(unique("权限店"), "31.2", "121.4");
        String sku = newSku("demo");
        Map<String, Object> body = change(sku, null, "delta", 1, "RECEIVED");

        asCustomer().body(body).when().post(STOCK_ADJUSTMENTS).then().spec(problem(403, "FORBIDDEN"));
        anonymous().header("X-Merchant", "demo").body(body).when().post(STOCK_ADJUSTMENTS)
                .then().spec(problem(401, "UNAUTHENTICATED"));
        asCustomer().when().get(STOCK_ADJUSTMENTS).then().spec(problem(403, "FORBIDDEN"));
        asCustomer().when().get(STORES + "/" + store + "/stock").then().spec(problem(403, "FORBIDDEN"));
        anonymous().header("X-Merchant", "demo").when().get(STORES + "/" + store + "/stock")
                .then().spec(problem(401, "UNAUTHENTICATED"));
    }

    @Test
    void another_merchant_neither_sees_nor_changes_demos_stock() {
        String store = createStore(unique("租户库存店"), "31.2", "121.4");
        String sku = newSku("demo");
        setStock(sku, store, 5);

        asAcmeAdmin().body(change(sku, null, "delta", 1, "RECEIVED")).when().post(STOCK_ADJUSTMENTS)
                .then().spec(problem(404, "SKU_NOT_FOUND"));
        asAcmeAdmin().when().get(STORES + "/" + store + "/stock").then().spec(problem(404, "STORE_NOT_FOUND"));
        asAcmeAdmin().queryParam("skuId", sku).when().get(STOCK_ADJUSTMENTS)
                .then().statusCode(200).body("items", empty());
        asAdmin().queryParam("skuId", sku).when().get(STOCK_ADJUSTMENTS)
                .then().statusCode(200).body("items.onHandAfter", contains(5));
    }
}
