package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.zhanggui.server.testing.Api.asAdmin;
import static dev.zhanggui.server.testing.GraphQLClient.errorCodes;
import static dev.zhanggui.server.testing.TestCatalog.STOCK_ADJUSTMENTS;
import static dev.zhanggui.server.testing.TestCatalog.createStore;
import static dev.zhanggui.server.testing.TestCatalog.newSku;
import static dev.zhanggui.server.testing.TestCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;

/** Stock (库存) over GraphQL: staff set and adjust it; refusals come back in the payload. */
@QuarkusTest
class StockGraphQLTest {
    private static final String RESULT = """
            movement { id skuId storeId reason note delta onHandBefore onHandAfter actor occurredAt }
            level { skuId storeId onHand reserved available } errors { code field message }""";
    private static final String ADJUST = """
            mutation($input: AdjustStockInput!, $key: String) {
              adjustStock(input: $input, idempotencyKey: $key) { %s } }""".formatted(RESULT);
    private static final String SET = """
            mutation($input: SetStockInput!) { setStock(input: $input) { %s } }""".formatted(RESULT);

    private static final String LEVELS = """
            query($store: ID, $first: Int, $after: String) { stockLevels(storeId: $store, first: $first, after: $after) {
              nodes { skuId storeId onHand available } pageInfo { hasNextPage endCursor } } }""";
    private static final String MOVEMENTS = """
            query($sku: ID, $store: ID) { stockMovements(skuId: $sku, storeId: $store) {
              nodes { skuId delta onHandAfter reason actor } pageInfo { hasNextPage } } }""";

    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);

    @Test
    void staff_set_and_adjust_stock_at_a_store_with_every_change_recorded() {
        String store = createStore(unique("图形店"), "31.2304", "121.4737");
        String sku = newSku("demo");

        JsonPath set = staff.mutate(SET, Map.of("input", Map.of("skuId", sku, "storeId", store, "quantity", 10,
                "reason", "MANUAL_SET", "note", "盘点")));
        assertThat(set.getMap("data.setStock.level")).containsEntry("onHand", 10).containsEntry("storeId", store);
        Map<String, Object> adjust = Map.of("skuId", sku, "storeId", store, "delta", -4, "reason", "DAMAGED");
        JsonPath adjusted = staff.mutate(ADJUST, Map.of("input", adjust, "key", unique("k")));
        assertThat(adjusted.getMap("data.adjustStock.movement")).containsEntry("onHandBefore", 10)
                .containsEntry("onHandAfter", 6).containsEntry("reason", "DAMAGED");

        JsonPath refused = staff.mutate(ADJUST, Map.of("input", Map.of("skuId", sku, "storeId", store, "delta", -7,
                "reason", "MANUAL_ADJUST")));
        assertThat(errorCodes(refused, "data.adjustStock")).containsExactly("STOCK_INSUFFICIENT");
        assertThat(refused.getString("data.adjustStock.level")).isNull();

        asAdmin().queryParam("skuId", sku).when().get(STOCK_ADJUSTMENTS)
                .then().statusCode(200).body("items.delta", contains(-4, 10))
                .body("items.onHandAfter", contains(6, 10));
    }

    @Test
    void staff_read_a_store_s_levels_page_by_page_and_the_ledger_of_a_sku() {
        String store = createStore(unique("读库存店"), "31.2304", "121.4737");
        String first = newSku("demo");
        String second = newSku("demo");
        staff.mutate(SET, Map.of("input", Map.of("skuId", first, "storeId", store, "quantity", 3, "reason", "MANUAL_SET")));
        staff.mutate(SET, Map.of("input", Map.of("skuId", second, "storeId", store, "quantity", 8, "reason", "MANUAL_SET")));
        staff.mutate(ADJUST, Map.of("input", Map.of("skuId", second, "storeId", store, "delta", -2, "reason", "DAMAGED")));

        JsonPath page1 = staff.query(LEVELS, Map.of("store", store, "first", 1));
        assertThat(page1.getBoolean("data.stockLevels.pageInfo.hasNextPage")).isTrue();
        JsonPath page2 = staff.query(LEVELS, Map.of("store", store, "first", 1,
                "after", page1.getString("data.stockLevels.pageInfo.endCursor")));
        assertThat(page2.getBoolean("data.stockLevels.pageInfo.hasNextPage")).isFalse();
        Map<String, Integer> onHand = new java.util.HashMap<>();
        for (JsonPath page : java.util.List.of(page1, page2)) {
            onHand.put(page.getString("data.stockLevels.nodes[0].skuId"), page.getInt("data.stockLevels.nodes[0].onHand"));
        }
        assertThat(onHand).containsEntry(first, 3).containsEntry(second, 6);

        JsonPath ledger = staff.query(MOVEMENTS, Map.of("sku", second));
        assertThat(ledger.getList("data.stockMovements.nodes.delta", Integer.class)).containsExactly(-2, 8);
        assertThat(ledger.getList("data.stockMovements.nodes.reason", String.class)).containsExactly("DAMAGED", "MANUAL_SET");

        JsonPath customer = GraphQLClient.user(Tokens.CUSTOMER).query(MOVEMENTS, Map.of("sku", second));
        assertThat(customer.getList("errors.extensions.errorCode", String.class)).containsExactly("FORBIDDEN");
        JsonPath acme = GraphQLClient.user(Tokens.ACME_ADMIN).query(MOVEMENTS, Map.of("sku", second));
        assertThat(acme.getList("data.stockMovements.nodes")).isEmpty();
        JsonPath otherStore = GraphQLClient.user(Tokens.ACME_ADMIN).query(LEVELS, Map.of("store", store));
        assertThat(otherStore.getList("errors.extensions.errorCode", String.class)).containsExactly("STORE_NOT_FOUND");
    }

    @Test
    void shoppers_and_other_merchants_cannot_touch_the_stock() {
        String sku = newSku("demo");
        Map<String, Object> input = Map.of("input", Map.of("skuId", sku, "delta", 5, "reason", "RECEIVED"));

        JsonPath customer = GraphQLClient.user(Tokens.CUSTOMER).query(ADJUST, input);
        assertThat(customer.getList("errors.extensions.errorCode", String.class)).containsExactly("FORBIDDEN");
        JsonPath anonymous = GraphQLClient.anonymous().header("X-Merchant", "demo").query(ADJUST, input);
        assertThat(anonymous.getList("errors.extensions.errorCode", String.class)).containsExactly("UNAUTHENTICATED");
        JsonPath acme = GraphQLClient.user(Tokens.ACME_ADMIN).mutate(ADJUST, input);
        assertThat(errorCodes(acme, "data.adjustStock")).containsExactly("SKU_NOT_FOUND");

        asAdmin().queryParam("skuId", sku).when().get(STOCK_ADJUSTMENTS)
                .then().statusCode(200).body("items", org.hamcrest.Matchers.empty());
    }
}
