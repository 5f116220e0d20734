package dev.zhanggui.server.catalog.cache;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.ProductRequests;
import dev.zhanggui.server.testing.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static dev.zhanggui.server.testing.ProductDocuments.UPDATE_PRODUCT;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The storefront cache, turned on for this class (tests run with it off): anonymous catalog
 * queries answered from memory, dropped when the catalog changes — through the API or straight
 * in the database, as another instance would — and nothing else kept. max-age is 60 s in tests,
 * so only a change notification can explain a fresh answer here.
 */
@QuarkusTest
class StorefrontQueryCacheTest {
    private static final String PRODUCT = "query($code: String) { product(code: $code) { id code name salesCount skus { price stock { available } } } }";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private final GraphQLClient anonymous = GraphQLClient.anonymous().header("X-Merchant", "demo");
    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);

    @Inject
    StorefrontQueryCache cache;
    @Inject
    CatalogChangeListener changes;
    @Inject
    AgroalDataSource database;

    @BeforeEach
    void turnOn() {
        cache.setEnabled(true);
        await("the change listener to listen", () -> cache.listening());
    }

    @AfterEach
    void turnOff() {
        cache.setEnabled(false);
    }

    /**
     * A new product on sale, once the notifications of its writes have been heard (they arrive
     * just after the writes' answers, and would drop an answer computed in between).
     */
    private String onSale(String code, String name) {
        String id = ProductRequests.create(simpleProduct(code, name, "25.00"));
        ProductRequests.setStatus(id, "ON_SALE");
        quiet();
        return id;
    }

    /** Waits until merchant demo's catalog generation has stood still for a while. */
    private void quiet() {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        long seen = changes.generation("demo");
        while (true) {
            sleep(300);
            long now = changes.generation("demo");
            if (now == seen) {
                return;
            }
            seen = now;
            assertThat(System.nanoTime() - deadline).as("demo's catalog still changing after %s", PATIENCE).isNegative();
        }
    }

    private Response product(String code) {
        Response response = anonymous.send(PRODUCT, Map.of("code", code));
        assertThat(response.statusCode()).isEqualTo(200);
        return response;
    }

    private static String cacheResult(Response response) {
        return response.getHeader(StorefrontQueryCache.RESULT_HEADER);
    }

    @Test
    void a_repeated_anonymous_query_is_answered_from_memory_until_the_product_changes() {
        String code = uniqueCode("CACHE");
        String id = onSale(code, "青花瓷碗");

        Response first = product(code);
        Response second = product(code);
        assertThat(cacheResult(first)).isEqualTo("miss");
        assertThat(cacheResult(second)).isEqualTo("hit");
        assertThat(second.asString()).isEqualTo(first.asString());
        assertThat(second.jsonPath().getString("data.product.name")).isEqualTo("青花瓷碗");
        assertThat(second.getContentType()).isEqualTo(first.getContentType());

        var renamed = admin.mutate(UPDATE_PRODUCT, Map.of("id", id, "v", 1, "input", Map.of("name", "青花瓷大碗")));
        assertThat(renamed.getString("data.updateProduct.product.name")).isEqualTo("青花瓷大碗");

        await("the renamed product in the anonymous answer",
                () -> "青花瓷大碗".equals(product(code).jsonPath().getString("data.product.name")));
        quiet();
        product(code);
        assertThat(cacheResult(product(code))).isEqualTo("hit");

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).contains("zhanggui_storefront_cache_requests_total{result=\"hit\"}")
                .contains("zhanggui_storefront_cache_requests_total{result=\"miss\"}")
                .contains("zhanggui_storefront_cache_bytes");
    }

    @Test
    void a_change_made_in_the_database_by_someone_else_reaches_it_and_a_sale_does_not() throws SQLException {
        String code = uniqueCode("CACHE");
        String id = onSale(code, "紫砂壶");
        product(code);
        assertThat(cacheResult(product(code))).isEqualTo("hit");

        // The sales counter moves with every order; it notifies nothing and the answer stays.
        long generation = changes.generation("demo");
        update("update product set sales_count = sales_count + 5 where id = ?::uuid", id);
        sleep(300);
        assertThat(changes.generation("demo")).isEqualTo(generation);
        Response afterSale = product(code);
        assertThat(cacheResult(afterSale)).isEqualTo("hit");
        assertThat(afterSale.jsonPath().getLong("data.product.salesCount")).isZero();

        // A price set by another instance or a tool, in its own transaction.
        update("update sku set price = 19.90 where product_id = ?::uuid", id);
        await("the new price in the anonymous answer",
                () -> "19.90".equals(product(code).jsonPath().getString("data.product.skus[0].price")));
        assertThat(product(code).jsonPath().getLong("data.product.salesCount")).isEqualTo(5);

        // Stock put in by a warehouse system, straight in the database: shoppers see it at once.
        update("insert into stock_level (id, merchant_id, sku_id, store_id, on_hand, reserved, updated_at, version) "
                + "select gen_random_uuid(), merchant_id, id, null, 7, 0, now(), 0 from sku where product_id = ?::uuid", id);
        await("the new stock in the anonymous answer",
                () -> product(code).jsonPath().getInt("data.product.skus[0].stock.available") == 7);
    }

    @Test
    void concurrent_misses_of_one_query_are_computed_once() throws Exception {
        String code = uniqueCode("CACHE");
        onSale(code, "白瓷杯");
        long before = cache.computations();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            List<Future<Response>> answers = new ArrayList<>();
            Callable<Response> ask = () -> product(code);
            for (int i = 0; i < 16; i++) {
                answers.add(pool.submit(ask));
            }
            String body = answers.get(0).get().asString();
            for (Future<Response> answer : answers) {
                assertThat(answer.get().asString()).isEqualTo(body);
            }
            assertThat(body).contains("白瓷杯");
        } finally {
            pool.shutdownNow();
        }
        assertThat(cache.computations() - before).isEqualTo(1);
    }

    @Test
    void only_anonymous_public_catalog_queries_with_clean_answers_are_kept() {
        String code = uniqueCode("CACHE");
        onSale(code, "茶盘");
        Map<String, String> vars = Map.of("code", code);

        // With a token: the engine answers, every time.
        GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER);
        customer.send(PRODUCT, vars);
        assertThat(cacheResult(customer.send(PRODUCT, vars))).isNull();

        // A query naming something not public (the cart) is not kept, nor is a mutation.
        String mixed = "query($code: String) { product(code: $code) { id } cart { lines { quantity } } }";
        anonymous.send(mixed, vars);
        assertThat(cacheResult(anonymous.send(mixed, vars))).isNull();
        String mutation = "mutation { addToCart(input: {skuId: \"00000000-0000-0000-0000-000000000000\", quantity: 1}) { errors { code } } }";
        anonymous.send(mutation, Map.of());
        assertThat(cacheResult(anonymous.send(mutation, Map.of()))).isNull();

        // An answer with errors is given but not kept.
        String refused = "{ products(first: -1) { edges { node { id } } } }";
        Response once = anonymous.send(refused, Map.of());
        Response twice = anonymous.send(refused, Map.of());
        assertThat(once.asString()).contains("errors");
        assertThat(cacheResult(once)).isEqualTo("miss");
        assertThat(cacheResult(twice)).isEqualTo("miss");

        // The client may ask for a fresh answer.
        product(code);
        assertThat(cacheResult(product(code))).isEqualTo("hit");
        assertThat(cacheResult(anonymous.header("Cache-Control", "no-cache").send(PRODUCT, vars))).isNull();

        // Another merchant's storefront asking the same has its own answer.
        Response acme = GraphQLClient.anonymous().header("X-Merchant", "acme").send(PRODUCT, vars);
        assertThat(cacheResult(acme)).isEqualTo("miss");
        assertThat(acme.jsonPath().getMap("data.product")).isNull();
    }

    @Test
    void nothing_is_served_while_it_is_off() {
        String code = uniqueCode("CACHE");
        onSale(code, "竹筷");
        cache.setEnabled(false);
        product(code);
        assertThat(cacheResult(product(code))).isNull();
    }

    private void update(String sql, String id) throws SQLException {
        try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            assertThat(statement.executeUpdate()).isPositive();
        }
    }

    private static void await(String what, Supplier<Boolean> condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.get()) {
            assertThat(System.nanoTime() - deadline).as("waited %s for %s", PATIENCE, what).isNegative();
            sleep(20);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
