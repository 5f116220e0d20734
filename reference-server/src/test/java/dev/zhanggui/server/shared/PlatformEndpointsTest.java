package dev.zhanggui.server.shared;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static dev.zhanggui.server.testing.Api.CUSTOMERS;
import static dev.zhanggui.server.testing.Api.asStaff;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

/** What operators and API users find besides the API: health, metrics, the OpenAPI document and the UIs. */
@QuarkusTest
class PlatformEndpointsTest {

    @Test
    void health_is_up_and_includes_the_database() {
        given().when().get("/q/health")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void metrics_count_http_requests_in_prometheus_format() {
        asStaff().when().get(CUSTOMERS).then().statusCode(200);

        given().when().get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("http_server_requests"));
    }

    @Test
    void the_openapi_document_describes_the_customer_operations() {
        given().queryParam("format", "json")
                .when().get("/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/customers'", notNullValue())
                .body("paths.'/api/v1/customers'.post.operationId", equalTo("createCustomer"))
                .body("paths.'/api/v1/customers'.get.parameters.find { it.name == 'limit' }.schema.type",
                        equalTo("integer"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/swagger-ui/", "/graphql-ui/"})
    void the_browser_uis_are_served(String path) {
        given().when().get(path)
                .then().statusCode(200);
    }
}
