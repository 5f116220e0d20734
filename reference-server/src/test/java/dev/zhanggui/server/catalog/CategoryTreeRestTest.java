package dev.zhanggui.server.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.anonymous;
import static dev.zhanggui.server.testing.Api.asAcmeAdmin;
import static dev.zhanggui.server.testing.Api.asAdmin;
import static dev.zhanggui.server.testing.Api.asCustomer;
import static dev.zhanggui.server.testing.Api.asStaff;
import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.TestCatalog.CATEGORIES;
import static dev.zhanggui.server.testing.TestCatalog.createCategory;
import static dev.zhanggui.server.testing.TestCatalog.placeNewProductIn;
import static dev.zhanggui.server.testing.TestCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** The category tree (分类) through REST: shaped by staff, browsed by anyone, refused cycles and deletes. */
@QuarkusTest
class CategoryTreeRestTest {

    /** The node with this id anywhere in the tree as an anonymous shopper of merchant demo sees it. */
    private static Map<String, Object> nodeInTree(String id) {
        JsonPath tree = anonymous().header("X-Merchant", "demo").when().get(CATEGORIES)
                .then().statusCode(200).extract().jsonPath();
        return find(tree.getList("items"), id);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> find(List<Object> nodes, String id) {
        for (Object o : nodes) {
            Map<String, Object> node = (Map<String, Object>) o;
            if (id.equals(node.get("id"))) {
                return node;
            }
            Map<String, Object> below = find((List<Object>) node.get("children"), id);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    @SuppressWarnings("unchecked")
    private static List<String> childNames(Map<String, Object> node) {
        return ((List<Map<String, Object>>) node.get("children")).stream().map(c -> (String) c.get("name")).toList();
    }

    @Test
    void anonymous_shoppers_browse_the_tree_by_sort_order_then_name() {
        String root = createCategory(null, unique("食品"), 0);
        createCategory(root, "零食", 2);
        createCategory(root, "水果", 1);
        String tea = createCategory(root, "茶", 1);
        createCategory(tea, "绿茶", 0);

        Map<String, Object> node = nodeInTree(root);

        assertThat(childNames(node)).containsExactly("水果", "茶", "零食");
        assertThat(childNames(nodeInTree(tea))).containsExactly("绿茶");
        anonymous().header("X-Merchant", "demo").when().get(CATEGORIES + "/" + tea)
                .then().statusCode(200).header("ETag", "\"0\"")
                .body("name", equalTo("茶")).body("parentId", equalTo(root));
        anonymous().when().get(CATEGORIES).then().spec(problem(400, "MERCHANT_REQUIRED"));
    }

    @Test
    void staff_rename_and_move_guarded_by_if_match() {
        String a = createCategory(null, unique("A"), 0);
        String b = createCategory(null, unique("B"), 0);

        asStaff().header("If-Match", "\"0\"").body(Map.of("name", "饮料", "parentId", a, "iconUrl",
                        "https://img.example.com/drinks.png"))
                .when().patch(CATEGORIES + "/" + b)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("parentId", equalTo(a)).body("name", equalTo("饮料"));
        asStaff().header("If-Match", "\"0\"").body(Map.of("sortOrder", 3))
                .when().patch(CATEGORIES + "/" + b).then().spec(problem(412, "VERSION_MISMATCH"));
        asStaff().body(Map.of("moveToTopLevel", true, "iconUrl", ""))
                .when().patch(CATEGORIES + "/" + b)
                .then().statusCode(200).body("parentId", nullValue()).body("iconUrl", nullValue());
        asAdmin().body(Map.of("iconUrl", "ftp://x")).when().patch(CATEGORIES + "/" + b)
                .then().spec(problem(400, "CATEGORY_INVALID")).body("errors[0].field", equalTo("iconUrl"));
    }

    @Test
    void moving_a_category_into_its_own_subtree_is_a_cycle() {
        String root = createCategory(null, unique("根"), 0);
        String child = createCategory(root, "子", 0);
        String grandchild = createCategory(child, "孙", 0);

        for (String target : List.of(root, grandchild)) {
            asAdmin().body(Map.of("parentId", target)).when().patch(CATEGORIES + "/" + root)
                    .then().spec(problem(422, "CATEGORY_CYCLE"));
        }
        asAdmin().body(Map.of("parentId", UUID.randomUUID().toString())).when().patch(CATEGORIES + "/" + root)
                .then().spec(problem(404, "CATEGORY_NOT_FOUND"));
        asAdmin().when().get(CATEGORIES + "/" + root).then().statusCode(200).body("parentId", nullValue())
                .body("version", equalTo(0));
    }

    @Test
    void only_a_category_without_sub_categories_or_products_can_be_deleted() {
        String root = createCategory(null, unique("删"), 0);
        String child = createCategory(root, "有商品", 0);
        placeNewProductIn(child);
        String empty = createCategory(root, "空", 0);

        asAdmin().when().delete(CATEGORIES + "/" + root).then().spec(problem(409, "CATEGORY_NOT_EMPTY"));
        asAdmin().when().delete(CATEGORIES + "/" + child).then().spec(problem(409, "CATEGORY_NOT_EMPTY"));
        asAdmin().when().delete(CATEGORIES + "/" + empty).then().statusCode(204);

        asAdmin().when().get(CATEGORIES + "/" + empty).then().spec(problem(404, "CATEGORY_NOT_FOUND"));
        assertThat(childNames(nodeInTree(root))).containsExactly("有商品");
    }

    @Test
    void shoppers_cannot_change_the_tree() {
        String id = createCategory(null, unique("只读"), 0);

        asCustomer().body(Map.of("name", "x")).when().post(CATEGORIES).then().spec(problem(403, "FORBIDDEN"));
        anonymous().header("X-Merchant", "demo").body(Map.of("name", "x")).when().post(CATEGORIES)
                .then().spec(problem(401, "UNAUTHENTICATED"));
        asCustomer().body(Map.of("name", "x")).when().patch(CATEGORIES + "/" + id).then().spec(problem(403, "FORBIDDEN"));
        anonymous().header("X-Merchant", "demo").when().delete(CATEGORIES + "/" + id)
                .then().spec(problem(401, "UNAUTHENTICATED"));
        asCustomer().when().get(CATEGORIES + "/" + id).then().statusCode(200);
    }

    @Test
    void another_merchant_neither_sees_nor_changes_demos_categories() {
        String id = createCategory(null, unique("租户"), 0);

        asAcmeAdmin().when().get(CATEGORIES + "/" + id).then().spec(problem(404, "CATEGORY_NOT_FOUND"));
        asAcmeAdmin().body(Map.of("name", "acme")).when().patch(CATEGORIES + "/" + id)
                .then().spec(problem(404, "CATEGORY_NOT_FOUND"));
        asAcmeAdmin().when().delete(CATEGORIES + "/" + id).then().spec(problem(404, "CATEGORY_NOT_FOUND"));
        asAcmeAdmin().body(Map.of("name", "acme 子", "parentId", id)).when().post(CATEGORIES)
                .then().spec(problem(404, "CATEGORY_NOT_FOUND"));
        List<String> acmeIds = anonymous().header("X-Merchant", "acme").when().get(CATEGORIES)
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
        assertThat(acmeIds).doesNotContain(id);
        asAdmin().when().get(CATEGORIES + "/" + id).then().statusCode(200).body("version", equalTo(0));
    }
}
