package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.ProductRequests.PRODUCTS;
import static dev.zhanggui.server.testing.ProductRequests.create;
import static dev.zhanggui.server.testing.ProductRequests.insertCategory;
import static dev.zhanggui.server.testing.ProductRequests.setStatus;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static dev.zhanggui.server.testing.TestCatalog.createStore;
import static dev.zhanggui.server.testing.TestCatalog.setStock;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/**
 * Browsing one store's assortment (002: each store stocks its own products) and the stock shown
 * with every SKU: at the store asked for, else in the central warehouse; customers see what is
 * available, staff also what is on hand and reserved.
 */
@QuarkusTest
class ProductStockAndStoreRestGraphQLTest {
    private static final String LISTING = """
            query($filter: ProductFilter) { products(first: 50, filter: $filter) { edges { node {
              id categoryIds categories { id name children { id } } skus { id code stock { available onHand reserved } } } } } }""";
    private static final String ONE = """
            query($id: ID, $store: ID) { product(id: $id, storeId: $store) { skus { stock { available onHand } } } }""";
    private static final String SCAN = """
            query($barcode: String!, $store: ID) { skuByBarcode(barcode: $barcode, storeId: $store) {
              sku { code stock { available } } product { skus { stock { available } } } } }""";

    @Inject
    EntityManager em;

    private final GraphQLClient storefront = GraphQLClient.anonymous().header("X-Merchant", "demo");
    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);

    private record Shelf(String token, String store, String inStore, String inStoreSku, String warehouseOnly,
                         String warehouseSku, String category, String barcode) {
    }

    /** Two products on sale: one stocked at a new store (5 there), one only in the warehouse (7). */
    private Shelf shelf() {
        String token = uniqueCode("门店");
        String store = createStore("门店" + token, "31.2304", "121.4737");
        String category = insertCategory(em, null, "门店分类" + token);
        Map<String, Object> first = simpleProduct(uniqueCode("ST"), "门店商品" + token, "5.00");
        first.put("categories", List.of(category));
        String barcode = uniqueCode("BAR");
        first.put("barcode", barcode);
        String inStore = create(first);
        setStatus(inStore, "ON_SALE");
        String warehouseOnly = create(simpleProduct(uniqueCode("ST"), "仓库商品" + token, "6.00"));
        setStatus(warehouseOnly, "ON_SALE");
        String inStoreSku = skuOf(inStore);
        String warehouseSku = skuOf(warehouseOnly);
        setStock(inStoreSku, store, 5);
        setStock(warehouseSku, null, 7);
        return new Shelf(token, store, inStore, inStoreSku, warehouseOnly, warehouseSku, category, barcode);
    }

    private static String skuOf(String productId) {
        return Api.asAdmin().get(PRODUCTS + "/" + productId).then().statusCode(200).extract().path("skus[0].id");
    }

    private static JsonPath list(io.restassured.specification.RequestSpecification as, Map<String, ?> query) {
        return as.queryParams(query).get(PRODUCTS).then().statusCode(200).extract().jsonPath();
    }

    @Test
    void a_store_filter_keeps_the_products_the_store_stocks_and_shows_its_stock() {
        Shelf shelf = shelf();
        JsonPath atStore = list(Api.anonymous().header("X-Merchant", "demo"), Map.of("q", shelf.token(), "store", shelf.store()));
        assertThat(atStore.getList("items.id", String.class)).containsExactly(shelf.inStore());
        assertThat(atStore.getInt("items[0].skus[0].stock.available")).isEqualTo(5);
        assertThat(atStore.getMap("items[0].skus[0].stock")).doesNotContainKeys("onHand", "reserved");

        JsonPath everywhere = list(Api.asCustomer(), Map.of("q", shelf.token(), "sort", "PRICE_ASC"));
        assertThat(everywhere.getList("items.id", String.class)).containsExactly(shelf.inStore(), shelf.warehouseOnly());
        assertThat(List.of(everywhere.getInt("items[0].skus[0].stock.available"),
                everywhere.getInt("items[1].skus[0].stock.available")))
                .as("the warehouse stock: none of the first, 7 of the second").containsExactly(0, 7);

        JsonPath staffView = list(Api.asStaff(), Map.of("q", shelf.token(), "store", shelf.store()));
        assertThat(staffView.getMap("items[0].skus[0].stock")).containsEntry("available", 5)
                .containsEntry("onHand", 5).containsEntry("reserved", 0);
    }

    @Test
    void one_product_and_a_scan_show_the_stock_of_the_store_asked_for() {
        Shelf shelf = shelf();
        Api.asCustomer().queryParam("store", shelf.store()).get(PRODUCTS + "/" + shelf.inStore())
                .then().statusCode(200).body("skus[0].stock.available", equalTo(5))
                .body("skus[0].stock.onHand", nullValue());
        Api.asCustomer().get(PRODUCTS + "/" + shelf.inStore())
                .then().statusCode(200).body("skus[0].stock.available", equalTo(0));
        Api.asCustomer().queryParam("barcode", shelf.barcode()).queryParam("store", shelf.store()).get("/api/v1/skus")
                .then().statusCode(200).body("sku.stock.available", equalTo(5))
                .body("product.skus[0].stock.available", equalTo(5));
    }

    @Test
    void cost_prices_are_for_staff_eyes_only() {
        String code = uniqueCode("COST");
        Map<String, Object> body = simpleProduct(code, "成本商品", "9.90");
        Map<String, Object> sku = new java.util.LinkedHashMap<>(dev.zhanggui.server.testing.ProductRequests.sku(code + "-S", "9.90"));
        sku.put("costPrice", "6.5");
        body.put("skus", List.of(sku));
        String id = create(body);
        setStatus(id, "ON_SALE");

        Api.asStaff().get(PRODUCTS + "/" + id).then().statusCode(200).body("skus[0].costPrice", equalTo("6.50"));
        Api.asCustomer().get(PRODUCTS + "/" + id).then().statusCode(200).body("skus[0].costPrice", nullValue());
        Api.anonymous().header("X-Merchant", "demo").queryParam("q", code).get(PRODUCTS)
                .then().statusCode(200).body("items[0].skus[0].containsKey('costPrice')", equalTo(false));

        String document = "query($id: ID) { product(id: $id) { skus { costPrice } } }";
        assertThat(admin.query(document, Map.of("id", id)).getString("data.product.skus[0].costPrice")).isEqualTo("6.50");
        JsonPath shopper = GraphQLClient.user(Tokens.CUSTOMER).query(document, Map.of("id", id));
        assertThat(shopper.getList("errors")).isNullOrEmpty();
        assertThat(shopper.getString("data.product.skus[0].costPrice")).isNull();

        Map<String, Object> negative = new java.util.LinkedHashMap<>(sku);
        negative.put("costPrice", "-1.00");
        Map<String, Object> bad = simpleProduct(uniqueCode("COST"), "负成本", "1.00");
        bad.put("skus", List.of(negative));
        Api.asAdmin().body(bad).post(PRODUCTS).then().spec(problem(400, "SKU_INVALID"))
                .body("errors[0].field", equalTo("skus[0].costPrice"));
    }

    @Test
    void a_malformed_store_is_refused_and_an_unknown_one_finds_nothing() {
        Api.anonymous().header("X-Merchant", "demo").queryParam("store", "not-a-store").get(PRODUCTS)
                .then().spec(problem(400, "VALIDATION_FAILED")).body("errors[0].field", equalTo("store"));
        JsonPath none = list(Api.asCustomer(), Map.of("store", "00000000-0000-0000-0000-000000000001"));
        assertThat(none.getList("items")).isEmpty();
    }

    @Test
    void graphql_filters_by_store_and_shows_stock_and_category_objects() {
        Shelf shelf = shelf();
        JsonPath atStore = storefront.query(LISTING, Map.of("filter", Map.of("q", shelf.token(), "storeId", shelf.store())));
        assertThat(atStore.getList("data.products.edges.node.id", String.class)).containsExactly(shelf.inStore());
        assertThat(atStore.getMap("data.products.edges[0].node.skus[0].stock"))
                .containsEntry("available", 5).containsEntry("onHand", null).containsEntry("reserved", null);
        assertThat(atStore.getString("data.products.edges[0].node.categories[0].id")).isEqualTo(shelf.category());
        assertThat(atStore.getString("data.products.edges[0].node.categories[0].name")).isEqualTo("门店分类" + shelf.token());

        JsonPath everywhere = admin.query(LISTING, Map.of("filter", Map.of("q", shelf.token())));
        assertThat(everywhere.getList("data.products.edges.node.skus.flatten().stock.onHand", Integer.class))
                .containsExactlyInAnyOrder(0, 7);
        assertThat(everywhere.getList("data.products.edges.node.categories", List.class))
                .extracting(List::size).containsExactlyInAnyOrder(1, 0);

        assertThat(storefront.query(ONE, Map.of("id", shelf.inStore(), "store", shelf.store()))
                .getInt("data.product.skus[0].stock.available")).isEqualTo(5);
        JsonPath scan = storefront.query(SCAN, Map.of("barcode", shelf.barcode(), "store", shelf.store()));
        assertThat(scan.getInt("data.skuByBarcode.sku.stock.available")).isEqualTo(5);
        assertThat(scan.getInt("data.skuByBarcode.product.skus[0].stock.available")).isEqualTo(5);

        JsonPath bad = storefront.query(LISTING, Map.of("filter", Map.of("storeId", "nope")));
        assertThat(bad.getString("errors[0].extensions.errorCode")).isEqualTo("VALIDATION_FAILED");
    }
}
