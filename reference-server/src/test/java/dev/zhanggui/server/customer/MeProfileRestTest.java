package dev.zhanggui.server.customer;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.ME;
import static dev.zhanggui.server.testing.Api.asAcmeCustomer;
import static dev.zhanggui.server.testing.Api.asCustomer;
import static dev.zhanggui.server.testing.Api.asSecondCustomer;
import static dev.zhanggui.server.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

/** A customer's own profile through {@code /api/v1/me}. */
@QuarkusTest
class MeProfileRestTest {

    @Test
    void a_customer_reads_their_own_record_by_the_phone_they_logged_in_with() {
        asCustomer()
                .when().get(ME)
                .then().statusCode(200)
                .header("ETag", notNullValue())
                .body("phone", equalTo("13800000001"));
    }

    @Test
    void a_customer_unknown_to_the_merchant_is_registered_at_their_first_call() {
        asAcmeCustomer()
                .when().get(ME)
                .then().statusCode(200)
                .body("phone", equalTo("13900000001"))
                .body("origin", equalTo("SELF_REGISTERED"));
    }

    @Test
    void a_customer_whom_staff_created_in_advance_is_linked_to_that_record_by_phone() {
        asSecondCustomer()
                .when().get(ME)
                .then().statusCode(200)
                .body("phone", equalTo("13800000002"))
                .body("origin", equalTo("CREATED_BY_STAFF"))
                .body("tags", hasItems("批发客户", "VIP"));
    }

    @Test
    void a_customer_changes_their_name_and_email() {
        String name = "张三" + UUID.randomUUID().toString().substring(0, 4);
        asCustomer().body(Map.of("name", name, "email", "zhangsan@example.com"))
                .when().patch(ME)
                .then().statusCode(200)
                .body("name", equalTo(name))
                .body("email", equalTo("zhangsan@example.com"));

        asCustomer().when().get(ME).then().body("name", equalTo(name));
    }

    @Test
    void an_empty_email_clears_it_and_leaves_the_name_alone() {
        String name = "张三" + UUID.randomUUID().toString().substring(0, 4);
        asCustomer().body(Map.of("name", name, "email", "zhangsan@example.com")).when().patch(ME)
                .then().statusCode(200);

        asCustomer().body(Map.of("email", ""))
                .when().patch(ME)
                .then().statusCode(200)
                .body("email", nullValue())
                .body("name", equalTo(name));
    }

    @Test
    void an_invalid_email_is_refused_naming_the_field() {
        asCustomer().body(Map.of("email", "not-an-email"))
                .when().patch(ME)
                .then().spec(problem(400, "CUSTOMER_EMAIL_INVALID"))
                .body("errors.field", hasItem("email"));
    }
}
