package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.ParallelCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.ProductRequests.PRODUCTS;
import static dev.zhanggui.server.testing.ProductRequests.create;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.sku;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/** Staff racing each other: one code is taken once, and concurrent edits never lose or mix SKUs. */
@QuarkusTest
class ProductConcurrencyRestTest {

    @Test
    void the_same_code_created_at_once_is_taken_once() throws Exception {
        String code = uniqueCode("RACE");
        List<Integer> statuses = ParallelCalls.fire(6, () -> Api.asAdmin()
                .body(simpleProduct(code, "抢注", "1.00")).when().post(PRODUCTS).statusCode());

        assertThat(statuses).containsOnly(201, 409).containsOnlyOnce(201);
    }

    @Test
    void concurrent_edits_of_the_skus_are_serialized_by_the_version() throws Exception {
        String code = uniqueCode("EDIT");
        String id = create(simpleProduct(code, "并发编辑", "1.00"));

        List<Response> answers = ParallelCalls.atOnce(6, i -> () -> Api.asAdmin().header("If-Match", "\"0\"")
                .body(Map.of("specs", List.of(Map.of("name", "尺码", "values", List.of("S" + i, "M" + i))),
                        "skuTemplate", sku(null, "2.0" + i)))
                .when().patch(PRODUCTS + "/" + id));

        List<Response> won = answers.stream().filter(a -> a.statusCode() == 200).toList();
        assertThat(won).hasSize(1);
        answers.stream().filter(a -> a.statusCode() != 200)
                .forEach(a -> assertThat(a.jsonPath().getString("code")).isIn("VERSION_CONFLICT", "VERSION_MISMATCH"));
        Response stored = Api.asAdmin().get(PRODUCTS + "/" + id);
        assertThat(stored.jsonPath().getList("skus.code")).isEqualTo(won.getFirst().jsonPath().getList("skus.code"));
        assertThat(stored.jsonPath().getList("skus")).hasSize(2);
        assertThat(stored.header("ETag")).isEqualTo("\"1\"");
    }
}
