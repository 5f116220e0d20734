package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.ProductDocuments.CREATE_PRODUCT;
import static dev.zhanggui.server.testing.ProductDocuments.SET_STATUS;
import static dev.zhanggui.server.testing.ProductRequests.insertCategory;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.sku;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Listing products with their SKUs, categories and stock runs a constant number of SQL statements:
 * the page, all its SKUs, all its category links, the category tree, all the SKUs' stock; not one
 * more per product (no N+1).
 */
@QuarkusTest
class ProductListingStatementCountTest {
    @Inject
    SessionFactory sessionFactory;
    @Inject
    EntityManager em;

    private static final String LISTING = """
            query($first: Int, $filter: ProductFilter) { products(first: $first, filter: $filter) { edges { node {
              id name lowestPrice categoryIds categories { id name } skus { id code price stock { available } } } } } }""";

    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);
    private final GraphQLClient storefront = GraphQLClient.anonymous().header("X-Merchant", "demo");

    @Test
    void listing_twenty_products_costs_as_many_statements_as_listing_two() {
        String token = "计数" + uniqueCode("N");
        String category = insertCategory(em, null, "计数分类");
        for (int i = 0; i < 22; i++) {
            Map<String, Object> input = new LinkedHashMap<>(simpleProduct(uniqueCode("N"), token, "1.00"));
            input.put("specs", List.of(Map.of("name", "颜色", "values", List.of("红", "黄", "蓝"))));
            input.put("skus", List.of());
            input.put("skuTemplate", sku(null, "2.00"));
            input.put("categoryIds", List.of(category));
            JsonPath answer = admin.mutate(CREATE_PRODUCT, Map.of("input", input));
            admin.mutate(SET_STATUS, Map.of("id", answer.getString("data.createProduct.product.id"), "status", "ON_SALE"));
        }

        long forTwo = statementsToList(token, 2);
        long forTwenty = statementsToList(token, 20);

        System.out.printf("Product listing SQL statements: 2 products %d, 20 products %d%n", forTwo, forTwenty);
        assertThat(forTwenty).as("statements for 20 products").isEqualTo(forTwo);
        assertThat(forTwenty).as("statements for one page").isLessThanOrEqualTo(5);
    }

    /** The fewest statements of three runs, so that a scheduled job running meanwhile does not count. */
    private long statementsToList(String token, int first) {
        Statistics statistics = sessionFactory.getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            statistics.clear();
            JsonPath answer = storefront.query(LISTING, Map.of("first", first, "filter", Map.of("q", token)));
            assertThat(answer.getList("data.products.edges")).hasSize(first);
            assertThat(answer.getList("data.products.edges.node.skus[0]")).hasSize(3);
            assertThat(answer.getList("data.products.edges.node.categoryIds[0]")).hasSize(1);
            assertThat(answer.getList("data.products.edges.node.categories[0]")).hasSize(1);
            assertThat(answer.getList("data.products.edges.node.skus[0].stock.available", Integer.class))
                    .containsOnly(0);
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }
}
