package dev.zhanggui.server.shared;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.CUSTOMERS;
import static dev.zhanggui.server.testing.Api.asAdmin;
import static dev.zhanggui.server.testing.Api.asStaff;
import static dev.zhanggui.server.testing.Api.newCustomer;
import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.Api.randomPhone;
import static dev.zhanggui.server.testing.ParallelCalls.fire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.nullValue;

/** The {@code Idempotency-Key} header: a retried request answers the first answer and does nothing twice. */
@QuarkusTest
class IdempotencyRestTest {
    private static final String KEY = "Idempotency-Key";
    private static final String REPLAYED = "Idempotent-Replayed";

    @Test
    void a_retried_create_answers_the_first_answer_and_creates_one_customer() {
        String key = UUID.randomUUID().toString();
        String phone = randomPhone();

        var first = create(asAdmin(), key, phone).then().statusCode(201).header(REPLAYED, nullValue()).extract();
        var retry = create(asAdmin(), key, phone).then().statusCode(201).header(REPLAYED, "true").extract();

        assertThat(retry.body().asString()).isEqualTo(first.body().asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("ETag")).isEqualTo(first.header("ETag"));
        assertThat(customersWithPhone(phone)).containsExactly(first.<String>path("id"));
    }

    @Test
    void a_key_used_again_for_another_request_is_refused() {
        String key = UUID.randomUUID().toString();
        create(asAdmin(), key, randomPhone()).then().statusCode(201);
        String otherPhone = randomPhone();

        create(asAdmin(), key, otherPhone)
                .then().spec(problem(422, "IDEMPOTENCY_KEY_REUSED"));

        assertThat(customersWithPhone(otherPhone)).isEmpty();
    }

    @Test
    void two_callers_may_use_the_same_key_independently() {
        String key = UUID.randomUUID().toString();

        String byAdmin = create(asAdmin(), key, randomPhone())
                .then().statusCode(201).header(REPLAYED, nullValue()).extract().path("id");
        String byStaff = create(asStaff(), key, randomPhone())
                .then().statusCode(201).header(REPLAYED, nullValue()).extract().path("id");

        assertThat(byStaff).isNotEqualTo(byAdmin);
    }

    @Test
    void a_refused_request_is_refused_the_same_way_when_retried() {
        String key = UUID.randomUUID().toString();

        String first = create(asAdmin(), key, "12345")
                .then().spec(problem(400, "CUSTOMER_PHONE_INVALID")).header(REPLAYED, nullValue())
                .extract().body().asString();
        String retry = create(asAdmin(), key, "12345")
                .then().spec(problem(400, "CUSTOMER_PHONE_INVALID")).header(REPLAYED, "true")
                .extract().body().asString();

        assertThat(retry).isEqualTo(first);
    }

    @Test
    void ten_simultaneous_retries_create_one_customer() throws Exception {
        String key = UUID.randomUUID().toString();
        String phone = randomPhone();

        List<ExtractableResponse<Response>> answers = fire(10, () -> create(asAdmin(), key, phone).then().extract());

        // The claim is part of the first request's transaction: the others wait for it and replay its answer.
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(201));
        List<String> created = answers.stream().filter(answer -> answer.statusCode() == 201)
                .map(answer -> answer.<String>path("id")).distinct().toList();
        assertThat(created).hasSize(1);
        assertThat(customersWithPhone(phone)).isEqualTo(created);
    }

    private static Response create(RequestSpecification caller, String key, String phone) {
        return caller.header(KEY, key).body(newCustomer(phone)).when().post(CUSTOMERS);
    }

    private static List<String> customersWithPhone(String phone) {
        return asAdmin().queryParam("phone", phone)
                .when().get(CUSTOMERS)
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }
}
