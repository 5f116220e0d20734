package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.ParallelCalls;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.catalog.ReviewRestTest.onSale;
import static dev.zhanggui.server.catalog.ReviewRestTest.review;
import static dev.zhanggui.server.catalog.ReviewRestTest.reviews;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** One review per order line holds when the same customer posts the same review many times at once. */
@QuarkusTest
class ReviewConcurrencyRestTest {
    @Inject
    RecordedReviewPurchases purchases;

    @Test
    void the_same_review_posted_in_parallel_for_one_order_line_is_stored_once() throws Exception {
        String product = onSale("并发评价");
        String line = purchases.completed(Api.asCustomer(), "demo", product);
        Map<String, Object> body = review(5, "并发");
        body.put("orderLineId", line);

        List<Integer> statuses = ParallelCalls.fire(10,
                () -> Api.asCustomer().body(body).post(reviews(product)).then().extract().statusCode());

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(Api.asAdmin().queryParam("product", product).get("/api/v1/reviews").then().statusCode(200)
                .extract().jsonPath().getList("items.orderLineId", String.class)).containsExactly(line);
        Api.anonymous().header("X-Merchant", "demo").get(reviews(product) + "/summary").then().statusCode(200)
                .body("count", equalTo(1));
    }

    @Test
    void parallel_reviews_without_a_named_line_take_the_next_free_purchase_and_each_only_once() throws Exception {
        String product = onSale("并发回购评价");
        String first = purchases.completed(Api.asCustomer(), "demo", product);
        String second = purchases.completed(Api.asCustomer(), "demo", product);

        List<Integer> statuses = ParallelCalls.fire(8,
                () -> Api.asCustomer().body(review(4, "并发回购")).post(reviews(product)).then().extract().statusCode());

        assertThat(statuses.stream().filter(s -> s == 201)).as("created, one per purchase").hasSize(2);
        assertThat(statuses).containsOnly(201, 409);
        List<String> lines = Api.asAdmin().queryParam("product", product).get("/api/v1/reviews").then().statusCode(200)
                .extract().jsonPath().getList("items.orderLineId", String.class);
        assertThat(lines).containsExactlyInAnyOrder(first, second);
    }
}
