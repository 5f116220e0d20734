package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.ParallelCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zhanggui.server.testing.Api.asAdmin;
import static dev.zhanggui.server.testing.Api.asStaff;
import static dev.zhanggui.server.testing.TestCatalog.STOCK_ADJUSTMENTS;
import static dev.zhanggui.server.testing.TestCatalog.newSku;
import static dev.zhanggui.server.testing.TestCatalog.setStock;
import static org.assertj.core.api.Assertions.assertThat;

/** Fifty staff take one item each of a SKU with thirty in stock, all at the same moment. */
@QuarkusTest
class StockConcurrencyRestTest {

    @Test
    void fifty_parallel_decrements_of_thirty_leave_zero_with_thirty_successes() throws Exception {
        String sku = newSku("demo");
        setStock(sku, null, 30);

        List<Response> answers = ParallelCalls.fire(50, () -> asStaff()
                .body(StockRestTest.change(sku, null, "delta", -1, "MANUAL_ADJUST"))
                .when().post(STOCK_ADJUSTMENTS).andReturn());

        List<Integer> statuses = answers.stream().map(Response::statusCode).toList();
        assertThat(statuses).filteredOn(s -> s == 201).hasSize(30);
        assertThat(answers).filteredOn(a -> a.statusCode() != 201)
                .hasSize(20).allSatisfy(a -> {
                    assertThat(a.statusCode()).isEqualTo(422);
                    assertThat(a.jsonPath().getString("code")).isEqualTo("STOCK_INSUFFICIENT");
                });
        JsonPath ledger = asAdmin().queryParam("skuId", sku).queryParam("limit", 100).when().get(STOCK_ADJUSTMENTS)
                .then().statusCode(200).extract().jsonPath();
        List<Integer> deltas = ledger.getList("items.delta", Integer.class);
        assertThat(deltas).hasSize(31);
        assertThat(deltas.stream().mapToInt(Integer::intValue).sum()).isZero();
        assertThat(ledger.getInt("items[0].onHandAfter")).isZero();
        assertThat(ledger.getList("items.onHandAfter", Integer.class)).doesNotHaveDuplicates()
                .allMatch(after -> after >= 0);
    }
}
