package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.GraphQLClient.errorCodes;
import static dev.zhanggui.server.testing.ProductDocuments.PRODUCT_FIELDS;
import static dev.zhanggui.server.testing.ProductRequests.create;
import static dev.zhanggui.server.testing.ProductRequests.setStatus;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/** A staff tool featuring products (首页焦点图, 首页商品设置) and a storefront reading them, over GraphQL. */
@QuarkusTest
class PlacementGraphQLTest {
    private static final String PLACEMENT = """
            query($code: String!) { placement(code: $code) { code products { %s } } }""".formatted(PRODUCT_FIELDS);
    private static final String SET_PLACEMENT = """
            mutation($code: String!, $ids: [String!]!, $key: String) {
              setPlacement(code: $code, productIds: $ids, idempotencyKey: $key) {
                placement { code products { id status } } errors { code field message } } }""";

    @Inject
    SessionFactory sessionFactory;

    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);
    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER);
    private final GraphQLClient anonymous = GraphQLClient.anonymous().header("X-Merchant", "demo");
    private final GraphQLClient acmeAdmin = GraphQLClient.user(Tokens.ACME_ADMIN);

    private static String placementCode() {
        return "t-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static String product(String status) {
        String id = create(simpleProduct(uniqueCode("GFEAT"), "焦点商品", "9.90"));
        if (!status.equals("IN_WAREHOUSE")) {
            setStatus(id, status);
        }
        return id;
    }

    private static JsonPath set(GraphQLClient as, String code, String... ids) {
        return as.mutate(SET_PLACEMENT, Map.of("code", code, "ids", List.of(ids)));
    }

    private static List<String> productIds(GraphQLClient as, String code) {
        JsonPath answer = as.query(PLACEMENT, Map.of("code", code));
        assertThat(answer.getString("data.placement.code")).isEqualTo(code);
        return answer.getList("data.placement.products.id", String.class);
    }

    @Test
    void staff_set_a_placement_replace_it_and_the_storefront_reads_it_in_order() {
        String code = placementCode();
        String a = product("ON_SALE");
        String b = product("ON_SALE");
        String c = product("ON_SALE");

        JsonPath answer = set(staff, code, b, a, c);
        assertThat(errorCodes(answer, "data.setPlacement")).isEmpty();
        assertThat(answer.getList("data.setPlacement.placement.products.id", String.class)).containsExactly(b, a, c);
        assertThat(productIds(anonymous, code)).containsExactly(b, a, c);
        assertThat(anonymous.query(PLACEMENT, Map.of("code", code)).getList("data.placement.products[0].skus"))
                .hasSize(1);

        set(admin, code, c, a);
        assertThat(productIds(customer, code)).containsExactly(c, a);
        set(admin, code);
        assertThat(productIds(anonymous, code)).isEmpty();
    }

    @Test
    void a_product_in_the_warehouse_is_shown_to_staff_only() {
        String code = placementCode();
        String inWarehouse = product("IN_WAREHOUSE");
        String onSale = product("ON_SALE");
        set(admin, code, inWarehouse, onSale);

        assertThat(productIds(anonymous, code)).containsExactly(onSale);
        assertThat(productIds(customer, code)).containsExactly(onSale);
        assertThat(productIds(staff, code)).containsExactly(inWarehouse, onSale);
    }

    @Test
    void refusals_name_the_product_index_or_the_code() {
        String code = placementCode();
        String a = product("ON_SALE");

        JsonPath unknown = set(admin, code, a, UUID.randomUUID().toString());
        assertThat(unknown.getMap("data.setPlacement.placement")).isNull();
        assertThat(errorCodes(unknown, "data.setPlacement")).containsExactly("PRODUCT_NOT_FOUND");
        assertThat(unknown.getList("data.setPlacement.errors.field", String.class)).containsExactly("productIds[1]");
        assertThat(set(admin, code, a, a).getList("data.setPlacement.errors.field", String.class))
                .containsExactly("productIds[1]");
        JsonPath badCode = set(admin, "Home Page", a);
        assertThat(errorCodes(badCode, "data.setPlacement")).containsExactly("PLACEMENT_INVALID");
        assertThat(badCode.getList("data.setPlacement.errors.field", String.class)).containsExactly("code");
        assertThat(anonymous.query(PLACEMENT, Map.of("code", "-".repeat(33)))
                .getList("errors.extensions.errorCode", String.class)).containsExactly("PLACEMENT_INVALID");
        assertThat(productIds(admin, code)).isEmpty();
    }

    @Test
    void customers_and_anonymous_callers_cannot_set_a_placement() {
        String code = placementCode();
        String a = product("ON_SALE");
        Map<String, Object> variables = Map.of("code", code, "ids", List.of(a));

        assertThat(customer.query(SET_PLACEMENT, variables).getString("errors[0].extensions.errorCode"))
                .isEqualTo("FORBIDDEN");
        assertThat(anonymous.query(SET_PLACEMENT, variables).getString("errors[0].extensions.errorCode"))
                .isEqualTo("UNAUTHENTICATED");
        assertThat(productIds(anonymous, code)).isEmpty();
    }

    @Test
    void another_merchant_neither_reads_nor_sets_demos_placement() {
        String code = placementCode();
        String a = product("ON_SALE");
        set(admin, code, a);

        assertThat(productIds(acmeAdmin, code)).isEmpty();
        assertThat(productIds(GraphQLClient.anonymous().header("X-Merchant", "acme"), code)).isEmpty();
        JsonPath refused = set(acmeAdmin, code, a);
        assertThat(errorCodes(refused, "data.setPlacement")).containsExactly("PRODUCT_NOT_FOUND");
        assertThat(refused.getList("data.setPlacement.errors.field", String.class)).containsExactly("productIds[0]");

        assertThat(productIds(anonymous, code)).containsExactly(a);
    }

    @Test
    void reading_a_placement_costs_as_many_statements_for_ten_products_as_for_two() {
        List<String> ten = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            ten.add(product("ON_SALE"));
        }
        String small = placementCode();
        String large = placementCode();
        set(admin, small, ten.subList(0, 2).toArray(String[]::new));
        set(admin, large, ten.toArray(String[]::new));

        long forTwo = statementsToRead(small, 2);
        long forTen = statementsToRead(large, 10);

        assertThat(forTen).as("statements for 10 products").isEqualTo(forTwo);
        assertThat(forTen).as("statements for one placement").isLessThanOrEqualTo(4);
    }

    /** The fewest statements of three runs, so that a scheduled job running meanwhile does not count. */
    private long statementsToRead(String code, int expected) {
        Statistics statistics = sessionFactory.getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            statistics.clear();
            assertThat(productIds(anonymous, code)).hasSize(expected);
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }
}
