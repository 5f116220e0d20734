package dev.zhanggui.server.shared;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static dev.zhanggui.server.testing.Api.CUSTOMERS;
import static dev.zhanggui.server.testing.Api.asAdmin;
import static dev.zhanggui.server.testing.Api.asStaff;
import static dev.zhanggui.server.testing.Api.createCustomer;
import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.Api.randomPhone;
import static dev.zhanggui.server.testing.ParallelCalls.fire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** ETag and If-Match: an update that names a version the customer no longer has is refused. */
@QuarkusTest
class OptimisticConcurrencyRestTest {

    @Test
    void an_update_naming_the_current_version_succeeds_and_moves_the_etag() {
        String id = createCustomer(randomPhone());
        String etag = asAdmin().when().get(CUSTOMERS + "/" + id).then().statusCode(200).extract().header("ETag");

        asAdmin().header("If-Match", etag).body(Map.of("name", "王五"))
                .when().patch(CUSTOMERS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("version", equalTo(1));
    }

    @Test
    void an_update_naming_a_stale_version_is_refused_with_the_current_one() {
        String id = createCustomer(randomPhone());
        asStaff().body(Map.of("name", "先到")).when().patch(CUSTOMERS + "/" + id).then().statusCode(200);

        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "后到"))
                .when().patch(CUSTOMERS + "/" + id)
                .then().spec(problem(412, "VERSION_MISMATCH"))
                .header("ETag", "\"1\"")
                .body("currentVersion", equalTo(1));

        asAdmin().when().get(CUSTOMERS + "/" + id).then().body("name", equalTo("先到"));
    }

    @Test
    void an_if_match_that_is_no_entity_tag_is_refused() {
        String id = createCustomer(randomPhone());

        asAdmin().header("If-Match", "yesterday").body(Map.of("name", "王五"))
                .when().patch(CUSTOMERS + "/" + id)
                .then().spec(problem(400, "VALIDATION_FAILED"));
    }

    @Test
    void of_simultaneous_updates_naming_the_same_version_exactly_one_wins() throws Exception {
        String id = createCustomer(randomPhone());
        AtomicInteger writer = new AtomicInteger();

        List<ExtractableResponse<Response>> answers = fire(8, () -> asAdmin().header("If-Match", "\"0\"")
                .body(Map.of("name", "writer " + writer.incrementAndGet()))
                .when().patch(CUSTOMERS + "/" + id).then().extract());

        assertThat(answers).extracting(ExtractableResponse::statusCode).isSubsetOf(200, 412, 409)
                .filteredOn(status -> status == 200).hasSize(1);
        assertThat(answers).filteredOn(answer -> answer.statusCode() != 200)
                .extracting(answer -> answer.<String>path("code"))
                .allSatisfy(code -> assertThat(code).isIn("VERSION_MISMATCH", "VERSION_CONFLICT"));
        asAdmin().when().get(CUSTOMERS + "/" + id).then().body("version", equalTo(1));
    }
}
