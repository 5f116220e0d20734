package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.ProductRequests.PRODUCTS;
import static dev.zhanggui.server.testing.ProductRequests.create;
import static dev.zhanggui.server.testing.ProductRequests.setStatus;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.sku;
import static dev.zhanggui.server.testing.ProductRequests.specValue;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

/** Staff keeping products with specs and SKUs over REST, and who may see and change them. */
@QuarkusTest
class ProductRestTest {

    private static Map<String, Object> withSpecs(String code) {
        Map<String, Object> body = simpleProduct(code, "晾衣杆", "10.00");
        body.put("specs", List.of(Map.of("name", "颜色", "values", List.of("红", "黄")),
                Map.of("name", "长度", "values", List.of("400mm", "500mm"))));
        Map<String, Object> redLong = sku(code + "-RL", "12.50");
        redLong.put("specValues", List.of(specValue("颜色", "红"), specValue("长度", "500mm")));
        redLong.put("pointsPrice", 1250);
        redLong.put("barcode", code + "-BAR");
        body.put("skus", List.of(redLong));
        body.put("skuTemplate", sku(null, "10.00"));
        return body;
    }

    @Test
    void creating_a_product_with_specs_makes_the_sku_matrix() {
        String code = uniqueCode("SPEC");
        Response created = Api.asAdmin().body(withSpecs(code)).when().post(PRODUCTS);

        created.then().statusCode(201).header("Location", notNullValue()).header("ETag", equalTo("\"0\""))
                .body("status", equalTo("IN_WAREHOUSE"))
                .body("skus", hasSize(4))
                .body("skus[1].code", equalTo(code + "-RL"))
                .body("skus[1].price", equalTo("12.50"))
                .body("skus[1].currency", equalTo("CNY"))
                .body("skus[1].pointsPrice", equalTo(1250))
                .body("skus[0].specValues[0].value", equalTo("红"))
                .body("lowestPrice", equalTo("10.00"));
    }

    @Test
    void changing_specs_keeps_the_skus_of_surviving_combinations() {
        String id = create(withSpecs(uniqueCode("REGEN")));
        Map<String, Object> before = Api.asAdmin().get(PRODUCTS + "/" + id).then().extract().path("skus[1]");

        Map<String, Object> patch = Map.of("specs", List.of(Map.of("name", "颜色", "values", List.of("红")),
                Map.of("name", "长度", "values", List.of("500mm", "600mm"))), "skuTemplate", sku(null, "20.00"));
        Response changed = Api.asAdmin().header("If-Match", "\"0\"").body(patch).when().patch(PRODUCTS + "/" + id);

        changed.then().statusCode(200).header("ETag", equalTo("\"1\"")).body("skus", hasSize(2));
        assertThat(changed.jsonPath().getMap("skus[0]")).isEqualTo(before);
        assertThat(changed.jsonPath().getString("skus[1].price")).isEqualTo("20.00");
    }

    @Test
    void a_product_not_on_sale_is_invisible_to_customers_and_anonymous_callers() {
        String id = create(simpleProduct(uniqueCode("HIDE"), "仓库商品", "1.00"));

        Api.anonymous().header("X-Merchant", "demo").get(PRODUCTS + "/" + id).then().spec(problem(404, "PRODUCT_NOT_FOUND"));
        Api.asCustomer().get(PRODUCTS + "/" + id).then().spec(problem(404, "PRODUCT_NOT_FOUND"));
        Api.asStaff().get(PRODUCTS + "/" + id).then().statusCode(200);

        setStatus(id, "ON_SALE");
        Api.anonymous().header("X-Merchant", "demo").get(PRODUCTS + "/" + id).then().statusCode(200);
        Api.asCustomer().get(PRODUCTS + "/" + id).then().statusCode(200);

        setStatus(id, "OFF_SHELF");
        Api.asCustomer().get(PRODUCTS + "/" + id).then().spec(problem(404, "PRODUCT_NOT_FOUND"));
        assertThat(Api.asCustomer().queryParam("status", "OFF_SHELF").queryParam("limit", 100).get(PRODUCTS)
                .then().statusCode(200).extract().jsonPath().getList("items.status", String.class))
                .containsOnly("ON_SALE");
        assertThat(Api.asAdmin().queryParam("status", "OFF_SHELF").queryParam("limit", 100).get(PRODUCTS)
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)).contains(id);
    }

    @Test
    void on_sale_prices_and_specs_are_locked_but_other_fields_may_change() {
        String code = uniqueCode("LOCK");
        String id = create(simpleProduct(code, "锁定商品", "5.00"));
        setStatus(id, "ON_SALE");

        Api.asAdmin().body(Map.of("skus", List.of(sku(code + "-S", "6.00")))).when().patch(PRODUCTS + "/" + id)
                .then().spec(problem(409, "PRODUCT_ON_SALE_LOCKED"));
        Api.asAdmin().body(Map.of("name", "改名", "sortOrder", 3)).when().patch(PRODUCTS + "/" + id)
                .then().statusCode(200).body("name", equalTo("改名")).body("skus[0].price", equalTo("5.00"));

        setStatus(id, "OFF_SHELF");
        Api.asAdmin().body(Map.of("skus", List.of(sku(code + "-S", "6.00")))).when().patch(PRODUCTS + "/" + id)
                .then().statusCode(200).body("skus[0].price", equalTo("6.00"));
    }

    @Test
    void duplicate_product_and_sku_codes_are_conflicts() {
        String code = uniqueCode("DUP");
        create(simpleProduct(code, "重复", "1.00"));

        Api.asAdmin().body(simpleProduct(code, "重复", "1.00")).when().post(PRODUCTS)
                .then().spec(problem(409, "PRODUCT_CODE_TAKEN"));
        Map<String, Object> sameSku = simpleProduct(uniqueCode("DUP2"), "重复", "1.00");
        sameSku.put("skus", List.of(sku(code + "-S", "1.00")));
        Api.asAdmin().body(sameSku).when().post(PRODUCTS).then().spec(problem(409, "SKU_CODE_TAKEN"));
    }

    @Test
    void invalid_input_names_the_fields() {
        Map<String, Object> body = simpleProduct("has space", "", "abc");
        body.put("images", List.of("ftp://x"));
        Api.asAdmin().body(body).when().post(PRODUCTS).then().statusCode(400)
                .body("code", equalTo("SKU_INVALID"));
        Map<String, Object> bad = simpleProduct("has space", "", "1.00");
        bad.put("images", List.of("ftp://x"));
        Response answer = Api.asAdmin().body(bad).when().post(PRODUCTS);
        answer.then().statusCode(400);
        assertThat(answer.asString()).contains("\"code\"", "\"name\"", "images[0]");
    }

    @Test
    void customers_and_anonymous_callers_cannot_write() {
        Map<String, Object> body = simpleProduct(uniqueCode("AUTH"), "x", "1.00");
        Api.asCustomer().body(body).when().post(PRODUCTS).then().spec(problem(403, "FORBIDDEN"));
        Api.anonymous().header("X-Merchant", "demo").body(body).when().post(PRODUCTS)
                .then().spec(problem(401, "UNAUTHENTICATED"));
        String id = create(body);
        Api.asCustomer().body(Map.of("status", "ON_SALE")).when().put(PRODUCTS + "/" + id + "/status")
                .then().spec(problem(403, "FORBIDDEN"));
        Api.asCustomer().when().delete(PRODUCTS + "/" + id).then().spec(problem(403, "FORBIDDEN"));
    }

    @Test
    void one_merchant_never_sees_another_merchants_products() {
        String id = create(simpleProduct(uniqueCode("TEN"), "demo 的商品", "1.00"));
        setStatus(id, "ON_SALE");

        Api.asAcmeAdmin().get(PRODUCTS + "/" + id).then().spec(problem(404, "PRODUCT_NOT_FOUND"));
        Api.anonymous().header("X-Merchant", "acme").get(PRODUCTS + "/" + id).then().spec(problem(404, "PRODUCT_NOT_FOUND"));
        Api.asAcmeAdmin().body(Map.of("name", "x")).when().patch(PRODUCTS + "/" + id)
                .then().spec(problem(404, "PRODUCT_NOT_FOUND"));
        assertThat(Api.asAcmeAdmin().queryParam("limit", 100).get(PRODUCTS).then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class)).doesNotContain(id);
    }

    @Test
    void descriptions_lose_scripts_and_event_handlers() {
        Map<String, Object> body = simpleProduct(uniqueCode("HTML"), "详情", "1.00");
        body.put("description", "<p onclick=\"steal()\">好货<b>!</b></p><script>alert(1)</script>"
                + "<img src=\"https://img.example.com/a.png\">");
        Api.asAdmin().body(body).when().post(PRODUCTS).then().statusCode(201)
                .body("description", equalTo("<p>好货<b>!</b></p><img src=\"https://img.example.com/a.png\" />"));
    }

    @Test
    void deleting_a_product_and_optimistic_versions() {
        String id = create(simpleProduct(uniqueCode("DEL"), "删除", "1.00"));
        Api.asAdmin().header("If-Match", "\"7\"").body(Map.of("name", "x")).when().patch(PRODUCTS + "/" + id)
                .then().spec(problem(412, "VERSION_MISMATCH"));
        Api.asAdmin().when().delete(PRODUCTS + "/" + id).then().statusCode(204);
        Api.asAdmin().get(PRODUCTS + "/" + id).then().spec(problem(404, "PRODUCT_NOT_FOUND"));
    }

    @Test
    void links_and_styles_keep_no_active_content() {
        Map<String, Object> body = simpleProduct(uniqueCode("CSS"), "样式", "1.00");
        body.put("description", "<a href=\"javascript:alert(1)\">坏链接</a><a href=\"https://shop.example.com\">好链接</a>"
                + "<span style=\"color:red;background:url(javascript:alert(1))\">红</span>"
                + "<table><tr><td>规格</td></tr></table>");
        String description = Api.asAdmin().body(body).when().post(PRODUCTS).then().statusCode(201)
                .extract().path("description");
        assertThat(description).doesNotContainIgnoringCase("javascript").contains("https://shop.example.com")
                .contains("color:red").contains("<td>规格</td>");
    }

    @Test
    void a_retried_create_answers_the_first_answer_and_creates_once() {
        String key = uniqueCode("KEY");
        Map<String, Object> body = simpleProduct(uniqueCode("IDEM"), "重试", "1.00");
        String first = Api.asAdmin().header("Idempotency-Key", key).body(body).when().post(PRODUCTS)
                .then().statusCode(201).extract().path("id");
        String again = Api.asAdmin().header("Idempotency-Key", key).body(body).when().post(PRODUCTS)
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertThat(again).isEqualTo(first);
        body.put("name", "别的");
        Api.asAdmin().header("Idempotency-Key", key).body(body).when().post(PRODUCTS)
                .then().spec(problem(422, "IDEMPOTENCY_KEY_REUSED"));
    }
}
