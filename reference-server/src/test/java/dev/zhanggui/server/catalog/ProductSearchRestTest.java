package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.ProductRequests.PRODUCTS;
import static dev.zhanggui.server.testing.ProductRequests.create;
import static dev.zhanggui.server.testing.ProductRequests.insertCategory;
import static dev.zhanggui.server.testing.ProductRequests.setStatus;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.sku;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Customers searching and browsing the storefront (001: 输入商品名称/编号/条形码), and scanning barcodes. */
@QuarkusTest
class ProductSearchRestTest {
    @Inject
    EntityManager em;

    private static List<String> ids(Map<String, ?> query) {
        return Api.anonymous().header("X-Merchant", "demo").queryParams(query).queryParam("limit", 100).get(PRODUCTS)
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    private static String onSale(Map<String, Object> body) {
        String id = create(body);
        setStatus(id, "ON_SALE");
        return id;
    }

    @Test
    void a_chinese_substring_of_the_name_finds_the_product() {
        String token = UUID.randomUUID().toString().substring(0, 8);
        String id = onSale(simpleProduct(uniqueCode("CN"), "一次性无菌注射器" + token, "3.00"));
        String hidden = create(simpleProduct(uniqueCode("CN"), "一次性无菌注射器" + token, "3.00"));

        assertThat(ids(Map.of("q", "无菌注射"))).contains(id).doesNotContain(hidden);
        assertThat(ids(Map.of("q", "注射器" + token))).containsExactly(id);
        assertThat(ids(Map.of("q", "有菌注射"))).doesNotContain(id);
    }

    @Test
    void codes_and_barcodes_find_products_and_skus() {
        String code = uniqueCode("BC");
        Map<String, Object> body = simpleProduct(code, "条码商品", "3.00");
        body.put("barcode", code + "-P");
        Map<String, Object> sku = sku(code + "-SKU", "3.00");
        sku.put("barcode", code + "-S");
        body.put("skus", List.of(sku));
        String id = onSale(body);

        assertThat(ids(Map.of("q", code.toLowerCase()))).containsExactly(id);
        assertThat(ids(Map.of("q", code + "-S"))).containsExactly(id);
        Api.anonymous().header("X-Merchant", "demo").queryParam("barcode", code + "-S").get("/api/v1/skus")
                .then().statusCode(200).body("sku.code", equalTo(code + "-SKU")).body("product.id", equalTo(id));
        Api.asCustomer().queryParam("barcode", code + "-P").get("/api/v1/skus")
                .then().statusCode(200).body("product.id", equalTo(id));
        Api.asCustomer().queryParam("barcode", "no-such-" + code).get("/api/v1/skus")
                .then().spec(problem(404, "SKU_NOT_FOUND"));
        setStatus(id, "IN_WAREHOUSE");
        Api.asCustomer().queryParam("barcode", code + "-S").get("/api/v1/skus").then().spec(problem(404, "SKU_NOT_FOUND"));
        Api.asStaff().queryParam("barcode", code + "-S").get("/api/v1/skus").then().statusCode(200);
    }

    @Test
    void a_category_includes_its_sub_categories() {
        String root = insertCategory(em, null, "医疗器械");
        String child = insertCategory(em, root, "注射器");
        String grandchild = insertCategory(em, child, "一次性");
        String other = insertCategory(em, null, "其他");
        Map<String, Object> inGrandchild = simpleProduct(uniqueCode("CAT"), "深层商品", "1.00");
        inGrandchild.put("categories", List.of(grandchild));
        Map<String, Object> inRoot = simpleProduct(uniqueCode("CAT"), "顶层商品", "1.00");
        inRoot.put("categories", List.of(root, other));
        Map<String, Object> elsewhere = simpleProduct(uniqueCode("CAT"), "别处商品", "1.00");
        elsewhere.put("categories", List.of(other));
        String deep = onSale(inGrandchild);
        String top = onSale(inRoot);
        String away = onSale(elsewhere);

        assertThat(ids(Map.of("category", root))).containsExactlyInAnyOrder(deep, top);
        assertThat(ids(Map.of("category", child))).containsExactly(deep);
        assertThat(ids(Map.of("category", other))).containsExactlyInAnyOrder(top, away);
        Map<String, Object> unknown = simpleProduct(uniqueCode("CAT"), "x", "1.00");
        unknown.put("categories", List.of(UUID.randomUUID().toString()));
        Api.asAdmin().body(unknown).post(PRODUCTS).then().statusCode(400).body("code", equalTo("PRODUCT_INVALID"));
    }

    @Test
    void lists_sort_by_merchant_order_newest_price_and_pages_follow_the_cursor() {
        String token = "排序" + UUID.randomUUID().toString().substring(0, 8);
        List<String> created = new ArrayList<>();
        String[][] products = {{"3.00", "2"}, {"1.00", "3"}, {"2.00", "1"}, {"2.00", "1"}};
        for (String[] p : products) {
            Map<String, Object> body = simpleProduct(uniqueCode("SORT"), token, p[0]);
            body.put("sortOrder", Integer.valueOf(p[1]));
            created.add(onSale(body));
        }
        String a = created.get(0), b = created.get(1), c = created.get(2), d = created.get(3);

        assertThat(ids(Map.of("q", token))).containsExactly(c, d, a, b);
        assertThat(ids(Map.of("q", token, "sort", "NEWEST"))).containsExactly(d, c, b, a);
        assertThat(ids(Map.of("q", token, "sort", "PRICE_ASC"))).containsExactly(b, c, d, a);
        assertThat(ids(Map.of("q", token, "sort", "PRICE_DESC"))).containsExactly(a, d, c, b);
        assertThat(ids(Map.of("q", token, "sort", "SALES"))).containsExactly(d, c, b, a);
        for (String sort : List.of("MERCHANT", "NEWEST", "PRICE_ASC", "PRICE_DESC", "SALES")) {
            assertThat(paged(token, sort)).as(sort).isEqualTo(ids(Map.of("q", token, "sort", sort)));
        }
    }

    private static List<String> paged(String q, String sort) {
        List<String> seen = new ArrayList<>();
        String after = null;
        do {
            var request = Api.anonymous().header("X-Merchant", "demo").queryParam("q", q).queryParam("sort", sort)
                    .queryParam("limit", 1);
            if (after != null) {
                request = request.queryParam("after", after);
            }
            JsonPath page = request.get(PRODUCTS).then().statusCode(200).extract().jsonPath();
            seen.addAll(page.getList("items.id", String.class));
            after = page.getString("next");
        } while (after != null && seen.size() < 10);
        return seen;
    }

    @Test
    void a_cursor_of_another_sort_or_a_bad_sort_is_refused() {
        String token = "游标" + UUID.randomUUID().toString().substring(0, 8);
        onSale(simpleProduct(uniqueCode("CUR"), token, "1.00"));
        onSale(simpleProduct(uniqueCode("CUR"), token, "1.00"));
        String next = Api.asAdmin().queryParam("q", token).queryParam("limit", 1).get(PRODUCTS)
                .then().statusCode(200).extract().path("next");

        Api.asAdmin().queryParam("q", token).queryParam("sort", "PRICE_ASC").queryParam("after", next).get(PRODUCTS)
                .then().spec(problem(400, "PAGE_CURSOR_INVALID"));
        Api.asAdmin().queryParam("sort", "CHEAPEST").get(PRODUCTS).then().spec(problem(400, "VALIDATION_FAILED"));
        Api.anonymous().get(PRODUCTS).then().spec(problem(400, "MERCHANT_REQUIRED"));
    }

    @Test
    void the_demo_catalog_is_there_to_browse() {
        JsonPath page = Api.anonymous().header("X-Merchant", "demo").queryParam("q", "保温杯").queryParam("limit", 100)
                .get(PRODUCTS).then().statusCode(200).extract().jsonPath();
        assertThat(page.getList("items.code", String.class)).filteredOn(c -> c.startsWith("DEMO-")).hasSizeGreaterThanOrEqualTo(4);
        assertThat(page.getList("items.status", String.class)).containsOnly("ON_SALE");
        // Other tests sell 保温杯 too; the demo's own have two specs of 3 × 2 values.
        assertThat(page.getList("items.findAll { it.code.startsWith('DEMO-') }.skus", List.class))
                .allSatisfy(skus -> assertThat(skus).hasSize(6));
    }
}
