package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.GraphQLClient.errorCodes;
import static dev.zhanggui.server.testing.ProductDocuments.CREATE_PRODUCT;
import static dev.zhanggui.server.testing.ProductDocuments.DELETE_PRODUCT;
import static dev.zhanggui.server.testing.ProductDocuments.PRODUCT;
import static dev.zhanggui.server.testing.ProductDocuments.PRODUCTS;
import static dev.zhanggui.server.testing.ProductDocuments.SET_STATUS;
import static dev.zhanggui.server.testing.ProductDocuments.SKU_BY_BARCODE;
import static dev.zhanggui.server.testing.ProductDocuments.UPDATE_PRODUCT;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.sku;
import static dev.zhanggui.server.testing.ProductRequests.specValue;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/** A staff tool keeping products and a storefront browsing them, over GraphQL. */
@QuarkusTest
class ProductGraphQLTest {
    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER);
    private final GraphQLClient anonymous = GraphQLClient.anonymous().header("X-Merchant", "demo");

    private Map<String, Object> created(Map<String, Object> input) {
        JsonPath answer = admin.mutate(CREATE_PRODUCT, Map.of("input", input));
        assertThat(answer.getList("data.createProduct.errors")).isEmpty();
        return answer.getMap("data.createProduct.product");
    }

    private static Map<String, Object> withSpecs(String code) {
        Map<String, Object> input = new LinkedHashMap<>(simpleProduct(code, "保温杯", "59.00"));
        input.put("specs", List.of(Map.of("name", "颜色", "values", List.of("白", "黑")),
                Map.of("name", "容量", "values", List.of("350ml", "500ml"))));
        Map<String, Object> black = sku(code + "-B5", "69.00");
        black.put("specValues", List.of(specValue("颜色", "黑"), specValue("容量", "500ml")));
        black.put("barcode", code + "-B5BAR");
        input.put("skus", List.of(black));
        input.put("skuTemplate", sku(null, "59.00"));
        return input;
    }

    @Test
    void staff_create_a_product_whose_specs_make_the_sku_matrix() {
        String code = uniqueCode("GQL");
        Map<String, Object> product = created(withSpecs(code));

        assertThat(product).containsEntry("status", "IN_WAREHOUSE").containsEntry("lowestPrice", "59.00")
                .containsEntry("currency", "CNY");
        List<Map<String, Object>> skus = (List<Map<String, Object>>) product.get("skus");
        assertThat(skus).hasSize(4);
        assertThat(skus.get(3)).containsEntry("code", code + "-B5").containsEntry("price", "69.00");
    }

    @Test
    void refusals_come_back_in_the_payload() {
        Map<String, Object> input = new LinkedHashMap<>(simpleProduct(uniqueCode("GQL"), "x", "abc"));
        JsonPath answer = admin.mutate(CREATE_PRODUCT, Map.of("input", input));
        assertThat(errorCodes(answer, "data.createProduct")).containsExactly("SKU_INVALID");
        assertThat(answer.getString("data.createProduct.errors[0].field")).isEqualTo("skus[0].listPrice");
    }

    @Test
    void on_sale_the_matrix_is_locked_and_the_storefront_sees_the_product() {
        String code = uniqueCode("GQL");
        Map<String, Object> product = created(withSpecs(code));
        Object id = product.get("id");

        assertThat(anonymous.query(PRODUCT, Map.of("id", id)).getMap("data.product")).isNull();
        assertThat(customer.query(PRODUCT, Map.of("code", code)).getMap("data.product")).isNull();
        assertThat(admin.query(PRODUCT, Map.of("code", code)).getString("data.product.id")).isEqualTo(id);

        JsonPath shelved = admin.mutate(SET_STATUS, Map.of("id", id, "status", "ON_SALE"));
        assertThat(shelved.getString("data.setProductStatus.product.status")).isEqualTo("ON_SALE");
        assertThat(anonymous.query(PRODUCT, Map.of("id", id)).getString("data.product.code")).isEqualTo(code);

        JsonPath locked = admin.mutate(UPDATE_PRODUCT, Map.of("id", id, "input",
                Map.of("specs", List.of(Map.of("name", "颜色", "values", List.of("白"))))));
        assertThat(errorCodes(locked, "data.updateProduct")).containsExactly("PRODUCT_ON_SALE_LOCKED");
        JsonPath renamed = admin.mutate(UPDATE_PRODUCT, Map.of("id", id, "v", 1, "input", Map.of("name", "新保温杯")));
        assertThat(renamed.getString("data.updateProduct.product.name")).isEqualTo("新保温杯");
        assertThat(renamed.getInt("data.updateProduct.product.version")).isEqualTo(2);

        JsonPath scanned = customer.query(SKU_BY_BARCODE, Map.of("barcode", code + "-B5BAR"));
        assertThat(scanned.getString("data.skuByBarcode.sku.code")).isEqualTo(code + "-B5");
        assertThat(customer.query(SKU_BY_BARCODE, Map.of("barcode", "none-" + code)).getMap("data.skuByBarcode")).isNull();
    }

    @Test
    void the_storefront_pages_through_products_on_sale() {
        String token = "分页" + uniqueCode("T");
        for (int i = 0; i < 3; i++) {
            Object id = created(simpleProduct(uniqueCode("GQL"), token, "1.0" + i)).get("id");
            admin.mutate(SET_STATUS, Map.of("id", id, "status", "ON_SALE"));
        }
        created(simpleProduct(uniqueCode("GQL"), token, "1.00"));

        JsonPath first = anonymous.query(PRODUCTS, Map.of("first", 2, "filter", Map.of("q", token), "sort", "PRICE_DESC"));
        assertThat(first.getList("data.products.edges.node.lowestPrice")).containsExactly("1.02", "1.01");
        assertThat(first.getBoolean("data.products.pageInfo.hasNextPage")).isTrue();
        JsonPath second = anonymous.query(PRODUCTS, Map.of("first", 2, "filter", Map.of("q", token), "sort", "PRICE_DESC",
                "after", first.getString("data.products.pageInfo.endCursor")));
        assertThat(second.getList("data.products.edges.node.lowestPrice")).containsExactly("1.00");
        assertThat(second.getBoolean("data.products.pageInfo.hasNextPage")).isFalse();
        JsonPath staffView = admin.query(PRODUCTS, Map.of("filter", Map.of("q", token, "status", "IN_WAREHOUSE")));
        assertThat(staffView.getList("data.products.edges")).hasSize(1);
    }

    @Test
    void customers_cannot_write_and_staff_delete() {
        Map<String, Object> input = new LinkedHashMap<>(simpleProduct(uniqueCode("GQL"), "x", "1.00"));
        JsonPath refused = customer.query(CREATE_PRODUCT, Map.of("input", input));
        assertThat(refused.getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");
        JsonPath nobody = GraphQLClient.anonymous().header("X-Merchant", "demo").query(CREATE_PRODUCT, Map.of("input", input));
        assertThat(nobody.getString("errors[0].extensions.errorCode")).isEqualTo("UNAUTHENTICATED");

        Object id = created(input).get("id");
        assertThat(GraphQLClient.user(Tokens.ACME_ADMIN).query(PRODUCT, Map.of("id", id)).getMap("data.product")).isNull();
        JsonPath deleted = admin.mutate(DELETE_PRODUCT, Map.of("id", id));
        assertThat(deleted.getString("data.deleteProduct.deletedId")).isEqualTo(id);
        assertThat(admin.query(PRODUCT, Map.of("id", id)).getMap("data.product")).isNull();
    }
}
