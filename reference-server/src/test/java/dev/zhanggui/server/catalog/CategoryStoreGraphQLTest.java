package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.GraphQLClient.errorCodes;
import static dev.zhanggui.server.testing.TestCatalog.createStore;
import static dev.zhanggui.server.testing.TestCatalog.placeNewProductIn;
import static dev.zhanggui.server.testing.TestCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;

/** Categories and stores over GraphQL: a storefront browses anonymously, staff shape them. */
@QuarkusTest
class CategoryStoreGraphQLTest {
    private static final String ERRORS = "errors { code field message }";
    private static final String CATEGORY = "id parentId name iconUrl sortOrder version";
    private static final String CREATE_CATEGORY = """
            mutation($input: NewCategoryInput!, $key: String) {
              createCategory(input: $input, idempotencyKey: $key) { category { %s } %s } }""".formatted(CATEGORY, ERRORS);
    private static final String UPDATE_CATEGORY = """
            mutation($id: ID!, $input: CategoryPatchInput!, $v: Int) {
              updateCategory(id: $id, input: $input, expectedVersion: $v) { category { %s } %s } }"""
            .formatted(CATEGORY, ERRORS);
    private static final String DELETE_CATEGORY = """
            mutation($id: ID!) { deleteCategory(id: $id) { deletedId %s } }""".formatted(ERRORS);
    private static final String CATEGORY_TREE = """
            query($id: ID!) { category(id: $id) { %s children { %s children { %s } } } }"""
            .formatted(CATEGORY, CATEGORY, CATEGORY);
    private static final String CATEGORIES = "{ categories { id name children { id name } } }";
    private static final String STORE = "id name address latitude longitude openingHours phone version distanceMeters";
    private static final String STORES_NEAR = """
            query($near: GeoPointInput, $first: Int) { stores(near: $near, first: $first) { %s } }""".formatted(STORE);
    private static final String STORE_BY_ID = "query($id: ID!) { store(id: $id) { " + STORE + " } }";
    private static final String CREATE_STORE = """
            mutation($input: NewStoreInput!) { createStore(input: $input) { store { %s } %s } }""".formatted(STORE, ERRORS);
    private static final String UPDATE_STORE = """
            mutation($id: ID!, $input: StorePatchInput!, $v: Int) {
              updateStore(id: $id, input: $input, expectedVersion: $v) { store { %s } %s } }""".formatted(STORE, ERRORS);

    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);
    private final GraphQLClient shopper = GraphQLClient.anonymous().header("X-Merchant", "demo");

    private String category(String parentId, String name, int sortOrder) {
        Map<String, Object> input = new HashMap<>();
        input.put("parentId", parentId);
        input.put("name", name);
        input.put("sortOrder", sortOrder);
        JsonPath answer = admin.mutate(CREATE_CATEGORY, Map.of("input", input));
        assertThat(errorCodes(answer, "data.createCategory")).isEmpty();
        return answer.getString("data.createCategory.category.id");
    }

    @Test
    void a_storefront_browses_the_tree_anonymously() {
        String root = category(null, unique("服装"), 0);
        category(root, "上衣", 2);
        String trousers = category(root, "裤子", 1);
        category(trousers, "牛仔裤", 0);

        JsonPath answer = shopper.query(CATEGORY_TREE, Map.of("id", root));

        assertThat(answer.getList("data.category.children.name", String.class)).containsExactly("裤子", "上衣");
        assertThat(answer.getList("data.category.children[0].children.name", String.class)).containsExactly("牛仔裤");
        assertThat(shopper.query(CATEGORIES).getList("data.categories.id", String.class)).contains(root);
        assertThat(shopper.query(CATEGORY_TREE, Map.of("id", "not-an-id")).getString("data.category")).isNull();
    }

    @Test
    void staff_move_rename_and_delete_with_refusals_in_the_payload() {
        String root = category(null, unique("家居"), 0);
        String child = category(root, "厨房", 0);

        JsonPath cycle = admin.mutate(UPDATE_CATEGORY, Map.of("id", root, "input", Map.of("parentId", child)));
        assertThat(errorCodes(cycle, "data.updateCategory")).containsExactly("CATEGORY_CYCLE");
        JsonPath renamed = admin.mutate(UPDATE_CATEGORY, Map.of("id", child, "v", 0,
                "input", Map.of("name", "厨具", "moveToTopLevel", true)));
        assertThat(renamed.getMap("data.updateCategory.category")).containsEntry("name", "厨具")
                .containsEntry("parentId", null).containsEntry("version", 1);
        JsonPath stale = admin.mutate(UPDATE_CATEGORY, Map.of("id", child, "v", 0, "input", Map.of("sortOrder", 1)));
        assertThat(errorCodes(stale, "data.updateCategory")).containsExactly("VERSION_MISMATCH");

        admin.mutate(UPDATE_CATEGORY, Map.of("id", child, "input", Map.of("parentId", root)));
        assertThat(errorCodes(admin.mutate(DELETE_CATEGORY, Map.of("id", root)), "data.deleteCategory"))
                .containsExactly("CATEGORY_NOT_EMPTY");
        placeNewProductIn(child);
        assertThat(errorCodes(admin.mutate(DELETE_CATEGORY, Map.of("id", child)), "data.deleteCategory"))
                .containsExactly("CATEGORY_NOT_EMPTY");
        String empty = category(root, "空", 0);
        assertThat(admin.mutate(DELETE_CATEGORY, Map.of("id", empty)).getString("data.deleteCategory.deletedId"))
                .isEqualTo(empty);
    }

    @Test
    void nearest_stores_come_with_their_distance() {
        String hongqiao = createStore(unique("虹桥店"), "31.1979", "121.3363");
        String lujiazui = createStore(unique("陆家嘴店"), "31.2397", "121.4998");
        String renmin = createStore(unique("人民广场店"), "31.2304", "121.4737");

        JsonPath answer = shopper.query(STORES_NEAR, Map.of("first", 100,
                "near", Map.of("latitude", "31.2231", "longitude", "121.4457")));

        List<String> ids = answer.getList("data.stores.id", String.class);
        assertThat(ids.stream().filter(List.of(hongqiao, lujiazui, renmin)::contains).toList())
                .containsExactly(renmin, lujiazui, hongqiao);
        assertThat(answer.getList("data.stores.distanceMeters", Integer.class)).isSorted().doesNotContainNull();
        JsonPath bad = shopper.query(STORES_NEAR, Map.of("near", Map.of("latitude", 95, "longitude", 121)));
        assertThat(bad.getList("errors.extensions.errorCode", String.class)).containsExactly("STORE_INVALID");
        assertThat(shopper.query(STORE_BY_ID, Map.of("id", renmin)).getString("data.store.distanceMeters")).isNull();
    }

    @Test
    void staff_open_and_update_stores() {
        Map<String, Object> input = Map.of("name", unique("徐家汇店"), "address", "上海市徐汇区虹桥路 1 号",
                "latitude", "31.1955", "longitude", "121.4365", "openingHours", "10:00-22:00");
        JsonPath created = admin.mutate(CREATE_STORE, Map.of("input", input));
        String id = created.getString("data.createStore.store.id");
        assertThat(created.getFloat("data.createStore.store.latitude")).isEqualTo(31.1955f);

        JsonPath updated = admin.mutate(UPDATE_STORE, Map.of("id", id, "v", 0, "input", Map.of("phone", "021-64000000")));
        assertThat(updated.getMap("data.updateStore.store")).containsEntry("phone", "021-64000000")
                .containsEntry("version", 1);
        JsonPath invalid = admin.mutate(UPDATE_STORE, Map.of("id", id, "input", Map.of("latitude", 100,
                "longitude", 121)));
        assertThat(invalid.getList("data.updateStore.errors.field", String.class)).containsExactly("latitude");
        assertThat(shopper.query(STORE_BY_ID, Map.of("id", id)).getString("data.store.phone")).isEqualTo("021-64000000");
    }

    @Test
    void shoppers_and_other_merchants_cannot_change_or_see_demos_catalog() {
        String id = category(null, unique("受保护"), 0);
        String store = createStore(unique("受保护店"), "31.2", "121.4");
        GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER);
        GraphQLClient acme = GraphQLClient.user(Tokens.ACME_ADMIN);

        JsonPath refused = customer.query(CREATE_CATEGORY, Map.of("input", Map.of("name", "x")));
        assertThat(refused.getList("errors.extensions.errorCode", String.class)).containsExactly("FORBIDDEN");
        JsonPath anonymous = shopper.query(CREATE_STORE, Map.of("input", Map.of("name", "x", "address", "y",
                "latitude", 1, "longitude", 1)));
        assertThat(anonymous.getList("errors.extensions.errorCode", String.class)).containsExactly("UNAUTHENTICATED");

        assertThat(acme.query(CATEGORY_TREE, Map.of("id", id)).getString("data.category")).isNull();
        assertThat(acme.query(STORE_BY_ID, Map.of("id", store)).getString("data.store")).isNull();
        assertThat(errorCodes(acme.mutate(UPDATE_CATEGORY, Map.of("id", id, "input", Map.of("name", "acme"))),
                "data.updateCategory")).containsExactly("CATEGORY_NOT_FOUND");
        assertThat(errorCodes(acme.mutate(UPDATE_STORE, Map.of("id", store, "input", Map.of("name", "acme"))),
                "data.updateStore")).containsExactly("STORE_NOT_FOUND");
    }
}
