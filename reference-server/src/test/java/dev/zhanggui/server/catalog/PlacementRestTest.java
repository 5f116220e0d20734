package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.ProductRequests.create;
import static dev.zhanggui.server.testing.ProductRequests.setStatus;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** Staff featuring products on the home page (首页焦点图, 首页商品设置) over REST, and the storefront reading them. */
@QuarkusTest
class PlacementRestTest {
    private static final String PLACEMENTS = "/api/v1/placements/";

    private static String placementCode() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String product(String status) {
        String id = create(simpleProduct(uniqueCode("FEAT"), "焦点商品", "9.90"));
        if (!status.equals("IN_WAREHOUSE")) {
            setStatus(id, status);
        }
        return id;
    }

    private static List<String> productIds(RequestSpecification as, String code) {
        return as.get(PLACEMENTS + code).then().statusCode(200).body("code", equalTo(code))
                .extract().jsonPath().getList("products.id", String.class);
    }

    private static RequestSpecification storefront() {
        return Api.anonymous().header("X-Merchant", "demo");
    }

    private static Map<String, Object> body(String... ids) {
        return Map.of("productIds", List.of(ids));
    }

    @Test
    void staff_set_a_placement_and_the_storefront_reads_it_in_order() {
        String code = placementCode();
        String a = product("ON_SALE");
        String b = product("ON_SALE");
        String c = product("ON_SALE");

        Api.asStaff().body(body(b, a, c)).put(PLACEMENTS + code).then().statusCode(200)
                .body("code", equalTo(code)).body("products.id", equalTo(List.of(b, a, c)))
                .body("products[0].skus", hasSize(1));
        assertThat(productIds(storefront(), code)).containsExactly(b, a, c);

        Api.asIntegration().body(body(c, b)).put(PLACEMENTS + code).then().statusCode(200);
        assertThat(productIds(Api.asCustomer(), code)).containsExactly(c, b);

        Api.asAdmin().body(body()).put(PLACEMENTS + code).then().statusCode(200).body("products", hasSize(0));
        assertThat(productIds(storefront(), code)).isEmpty();
    }

    @Test
    void a_product_in_the_warehouse_is_shown_to_staff_only() {
        String code = placementCode();
        String inWarehouse = product("IN_WAREHOUSE");
        String onSale = product("ON_SALE");
        Api.asAdmin().body(body(inWarehouse, onSale)).put(PLACEMENTS + code).then().statusCode(200);

        assertThat(productIds(storefront(), code)).containsExactly(onSale);
        assertThat(productIds(Api.asCustomer(), code)).containsExactly(onSale);
        assertThat(productIds(Api.asStaff(), code)).containsExactly(inWarehouse, onSale);
    }

    @Test
    void unknown_or_repeated_products_and_bad_codes_are_refused_naming_the_field() {
        String code = placementCode();
        String a = product("ON_SALE");

        Api.asAdmin().body(body(a, UUID.randomUUID().toString())).put(PLACEMENTS + code)
                .then().spec(problem(400, "PLACEMENT_INVALID"))
                .body("errors[0].field", equalTo("productIds[1]")).body("errors[0].code", equalTo("PRODUCT_NOT_FOUND"));
        Api.asAdmin().body(body("not-an-id")).put(PLACEMENTS + code)
                .then().spec(problem(400, "PLACEMENT_INVALID")).body("errors[0].field", equalTo("productIds[0]"));
        Api.asAdmin().body(body(a, a)).put(PLACEMENTS + code)
                .then().spec(problem(400, "PLACEMENT_INVALID")).body("errors[0].field", equalTo("productIds[1]"));
        Api.asAdmin().body(body(a)).put(PLACEMENTS + "Home_Page")
                .then().spec(problem(400, "PLACEMENT_INVALID")).body("errors[0].field", equalTo("code"));
        storefront().get(PLACEMENTS + "x".repeat(33))
                .then().spec(problem(400, "PLACEMENT_INVALID")).body("errors[0].field", equalTo("code"));
        assertThat(productIds(Api.asAdmin(), code)).isEmpty();
    }

    @Test
    void customers_and_anonymous_callers_cannot_set_a_placement() {
        String code = placementCode();
        String a = product("ON_SALE");

        Api.asCustomer().body(body(a)).put(PLACEMENTS + code).then().spec(problem(403, "FORBIDDEN"));
        storefront().body(body(a)).put(PLACEMENTS + code).then().spec(problem(401, "UNAUTHENTICATED"));
        assertThat(productIds(storefront(), code)).isEmpty();
    }

    @Test
    void another_merchant_neither_reads_nor_sets_demos_placement() {
        String code = placementCode();
        String a = product("ON_SALE");
        Api.asAdmin().body(body(a)).put(PLACEMENTS + code).then().statusCode(200);

        assertThat(productIds(Api.asAcmeAdmin(), code)).isEmpty();
        assertThat(productIds(Api.anonymous().header("X-Merchant", "acme"), code)).isEmpty();
        Api.asAcmeAdmin().body(body(a)).put(PLACEMENTS + code).then().spec(problem(400, "PLACEMENT_INVALID"))
                .body("errors[0].field", equalTo("productIds[0]")).body("errors[0].code", equalTo("PRODUCT_NOT_FOUND"));
        Api.asAcmeAdmin().body(body()).put(PLACEMENTS + code).then().statusCode(200);

        assertThat(productIds(storefront(), code)).containsExactly(a);
    }
}
