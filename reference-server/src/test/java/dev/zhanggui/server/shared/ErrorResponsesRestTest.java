package dev.zhanggui.server.shared;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.Api.CUSTOMERS;
import static dev.zhanggui.server.testing.Api.asAdmin;
import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.Api.randomPhone;
import static dev.zhanggui.server.testing.Api.revealsNoInternals;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;

/** Bad requests get a 4xx problem+json that says what is wrong, never a 500 or the server's insides. */
@QuarkusTest
class ErrorResponsesRestTest {

    @Test
    void a_body_that_is_not_json_is_malformed() {
        asAdmin().body("{\"phone\": ")
                .when().post(CUSTOMERS)
                .then().spec(problem(400, "MALFORMED_REQUEST"));
    }

    @Test
    void an_unknown_field_is_refused_by_name() {
        asAdmin().body(Map.of("phone", randomPhone(), "nickname", "小王"))
                .when().post(CUSTOMERS)
                .then().spec(problem(400, "MALFORMED_REQUEST"))
                .body("errors.field", contains("nickname"))
                .body("detail", containsString("nickname"));
    }

    @Test
    void a_field_of_the_wrong_type_is_refused_by_name() {
        asAdmin().body(Map.of("phone", randomPhone(), "tags", Map.of("vip", true)))
                .when().post(CUSTOMERS)
                .then().spec(problem(400, "MALFORMED_REQUEST"))
                .body("errors.field", contains("tags"));
    }

    @Test
    void a_create_without_a_body_is_a_bad_request() {
        asAdmin()
                .when().post(CUSTOMERS)
                .then().spec(problem(400, "VALIDATION_FAILED"));
    }

    @Test
    void a_body_that_is_not_sent_as_json_is_unsupported() {
        asAdmin().contentType(ContentType.TEXT).body("phone=13912345678")
                .when().post(CUSTOMERS)
                .then().spec(problem(415, "UNSUPPORTED_MEDIA_TYPE"));
    }

    @Test
    void asking_for_another_representation_than_json_is_not_acceptable() {
        asAdmin().accept(ContentType.XML)
                .when().get(CUSTOMERS)
                .then().spec(problem(406, "NOT_ACCEPTABLE"));
    }

    @Test
    void a_body_over_one_megabyte_is_too_large() {
        String name = "x".repeat(1024 * 1024 + 1);
        asAdmin().body(Map.of("phone", randomPhone(), "name", name, "tags", List.of()))
                .when().post(CUSTOMERS)
                .then().statusCode(413)
                .body(revealsNoInternals());
    }

    @Test
    void an_unknown_path_is_not_found() {
        asAdmin()
                .when().get("/api/v1/no-such-thing")
                .then().statusCode(404)
                .body(revealsNoInternals());
    }

    @Test
    void a_method_the_resource_does_not_offer_is_not_allowed() {
        asAdmin()
                .when().delete(CUSTOMERS)
                .then().spec(problem(405, "METHOD_NOT_ALLOWED"));
    }
}
