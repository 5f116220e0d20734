package dev.zhanggui.server.customer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.Api.CUSTOMERS;
import static dev.zhanggui.server.testing.Api.ME;
import static dev.zhanggui.server.testing.Api.anonymous;
import static dev.zhanggui.server.testing.Api.asAcmeAdmin;
import static dev.zhanggui.server.testing.Api.asAdmin;
import static dev.zhanggui.server.testing.Api.asCustomer;
import static dev.zhanggui.server.testing.Api.createCustomer;
import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.Api.randomPhone;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

/** One merchant never sees another's data: acme's admin and merchant demo's customers. */
@QuarkusTest
class MerchantTenancyRestTest {

    @Test
    void another_merchants_admin_finds_none_of_demos_customers_in_the_list() {
        String phone = randomPhone();
        createCustomer(phone);

        asAcmeAdmin().queryParam("phone", phone)
                .when().get(CUSTOMERS)
                .then().statusCode(200).body("items", empty());
        asAcmeAdmin().queryParam("phone", "1380000000")
                .when().get(CUSTOMERS)
                .then().statusCode(200).body("items", empty());
    }

    /** What acme's admin tries on a customer of merchant demo. */
    enum Attempt {
        READ("GET", "", null),
        RENAME("PATCH", "", Map.of("name", "acme was here")),
        TAG("POST", "/tags", Map.of("tags", List.of("acme"))),
        UNTAG("DELETE", "/tags/VIP", null);

        final String method;
        final String subPath;
        final Object body;

        Attempt(String method, String subPath, Object body) {
            this.method = method;
            this.subPath = subPath;
            this.body = body;
        }
    }

    @ParameterizedTest
    @EnumSource(Attempt.class)
    void another_merchants_admin_can_neither_read_nor_change_a_demo_customer(Attempt attempt) {
        String id = createCustomer(randomPhone(), "VIP");

        RequestSpecification request = asAcmeAdmin();
        if (attempt.body != null) {
            request.body(attempt.body);
        }
        request.when().request(attempt.method, CUSTOMERS + "/" + id + attempt.subPath)
                .then().spec(problem(404, "CUSTOMER_NOT_FOUND"));

        asAdmin().when().get(CUSTOMERS + "/" + id)
                .then().statusCode(200)
                .body("version", equalTo(0))
                .body("tags", contains("VIP"));
    }

    @Test
    void naming_another_merchant_than_the_token_does_is_refused() {
        asAcmeAdmin().header("X-Merchant", "demo")
                .when().get(CUSTOMERS)
                .then().spec(problem(403, "MERCHANT_MISMATCH"));
        asCustomer().header("X-Merchant", "acme")
                .when().get(ME)
                .then().spec(problem(403, "MERCHANT_MISMATCH"));
    }

    @Test
    void naming_a_merchant_does_not_replace_a_token() {
        anonymous().header("X-Merchant", "demo")
                .when().get(CUSTOMERS)
                .then().spec(problem(401, "UNAUTHENTICATED"));
    }
}
