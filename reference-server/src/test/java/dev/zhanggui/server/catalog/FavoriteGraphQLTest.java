package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.ProductRequests.create;
import static dev.zhanggui.server.testing.ProductRequests.setStatus;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/** Customers keeping favourites (收藏) over GraphQL. */
@QuarkusTest
class FavoriteGraphQLTest {
    static final String ADD = "mutation($id: ID!, $key: String) { addFavorite(productId: $id, idempotencyKey: $key)"
            + " { productId errors { code } } }";
    static final String REMOVE = "mutation($id: ID!, $key: String) { removeFavorite(productId: $id, idempotencyKey: $key)"
            + " { productId errors { code } } }";
    static final String LIST = "query($first: Int, $after: String) { myFavorites(first: $first, after: $after)"
            + " { edges { cursor node { id name status } } pageInfo { hasNextPage endCursor } } }";

    private final GraphQLClient zhang = GraphQLClient.user(Tokens.CUSTOMER);
    private final GraphQLClient li = GraphQLClient.user(Tokens.CUSTOMER_2);

    private static String onSale(String name) {
        String id = create(simpleProduct(uniqueCode("GFAV"), name, "5.00"));
        setStatus(id, "ON_SALE");
        return id;
    }

    private static JsonPath add(GraphQLClient who, String productId) {
        return who.mutate(ADD, Map.of("id", productId, "key", UUID.randomUUID().toString()));
    }

    private static List<String> listed(GraphQLClient who) {
        return who.query(LIST, Map.of("first", 100)).getList("data.myFavorites.edges.node.id", String.class);
    }

    @Test
    void add_list_and_remove_newest_first_adding_twice_keeps_one() {
        String first = onSale("图收藏一");
        String second = onSale("图收藏二");

        JsonPath added = add(zhang, first);
        assertThat(added.getString("data.addFavorite.productId")).isEqualTo(first);
        assertThat(GraphQLClient.errorCodes(added, "data.addFavorite")).isEmpty();
        add(zhang, second);
        add(zhang, first);

        assertThat(listed(zhang)).startsWith(second, first).containsOnlyOnce(first, second);
        JsonPath page = zhang.query(LIST, Map.of("first", 1));
        assertThat(page.getString("data.myFavorites.edges[0].node.name")).isEqualTo("图收藏二");
        assertThat(page.getBoolean("data.myFavorites.pageInfo.hasNextPage")).isTrue();
        String after = page.getString("data.myFavorites.pageInfo.endCursor");
        assertThat(zhang.query(LIST, Map.of("first", 1, "after", after))
                .getString("data.myFavorites.edges[0].node.id")).isEqualTo(first);

        JsonPath removed = zhang.mutate(REMOVE, Map.of("id", first, "key", UUID.randomUUID().toString()));
        assertThat(removed.getString("data.removeFavorite.productId")).isEqualTo(first);
        assertThat(listed(zhang)).contains(second).doesNotContain(first);
    }

    @Test
    void a_product_not_on_sale_is_refused_and_one_taken_off_shelf_disappears() {
        String inWarehouse = create(simpleProduct(uniqueCode("GFAVW"), "仓库商品", "1.00"));
        assertThat(GraphQLClient.errorCodes(add(zhang, inWarehouse), "data.addFavorite"))
                .containsExactly("PRODUCT_NOT_FOUND");

        String shelved = onSale("图将下架");
        add(zhang, shelved);
        setStatus(shelved, "OFF_SHELF");
        assertThat(listed(zhang)).doesNotContain(shelved, inWarehouse);
    }

    @Test
    void one_customer_does_not_see_another_customers_favourites() {
        String mine = onSale("图张三的");
        add(zhang, mine);

        assertThat(listed(li)).doesNotContain(mine);
        assertThat(listed(zhang)).contains(mine);
    }

    @Test
    void staff_and_anonymous_callers_are_refused_at_the_top_level() {
        String id = onSale("图员工不可");
        Map<String, GraphQLClient> callers = Map.of("UNAUTHENTICATED", GraphQLClient.anonymous(),
                "FORBIDDEN", GraphQLClient.user(Tokens.STAFF));
        callers.forEach((code, who) -> {
            for (String document : List.of(ADD, REMOVE)) {
                JsonPath answer = who.query(document, Map.of("id", id));
                assertThat(answer.getString("errors[0].extensions.errorCode")).as(answer.prettify()).isEqualTo(code);
            }
            JsonPath answer = who.query(LIST, Map.of());
            assertThat(answer.getString("errors[0].extensions.errorCode")).as(answer.prettify()).isEqualTo(code);
            assertThat(answer.<Object>get("data.myFavorites")).isNull();
        });
    }
}
