package dev.zhanggui.server.customer;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.CUSTOMERS;
import static dev.zhanggui.server.testing.Api.asAdmin;
import static dev.zhanggui.server.testing.Api.asStaff;
import static dev.zhanggui.server.testing.Api.createCustomer;
import static dev.zhanggui.server.testing.Api.newCustomer;
import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.Api.randomPhone;
import static dev.zhanggui.server.testing.Api.uniqueTag;
import static dev.zhanggui.server.testing.ParallelCalls.fire;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

/** Staff keeping the member list (会员管理): creating, reading, changing and tagging customers. */
@QuarkusTest
class StaffCustomerRestTest {

    @Test
    void staff_create_a_customer_ahead_of_their_first_login() {
        String phone = randomPhone();
        var created = asAdmin().body(Map.of("phone", phone, "name", "王五", "email", "wangwu@example.com",
                        "tags", List.of("VIP")))
                .when().post(CUSTOMERS)
                .then().statusCode(201)
                .header("ETag", "\"0\"")
                .body("phone", equalTo(phone))
                .body("name", equalTo("王五"))
                .body("origin", equalTo("CREATED_BY_STAFF"))
                .body("tags", contains("VIP"))
                .extract();

        assertThat(created.header("Location")).endsWith(CUSTOMERS + "/" + created.path("id"));
    }

    @Test
    void a_created_customer_reads_back_exactly_as_the_create_answered() {
        var created = asAdmin().body(newCustomer(randomPhone(), "VIP")).when().post(CUSTOMERS)
                .then().statusCode(201).extract().jsonPath();

        var read = asAdmin().when().get(CUSTOMERS + "/" + created.getString("id"))
                .then().statusCode(200).extract().jsonPath();

        assertThat(read.getMap("")).isEqualTo(created.getMap(""));
    }

    @Test
    void a_phone_number_can_belong_to_only_one_customer() {
        String phone = randomPhone();
        createCustomer(phone);

        asStaff().body(newCustomer(phone))
                .when().post(CUSTOMERS)
                .then().spec(problem(409, "CUSTOMER_PHONE_TAKEN"))
                .body("errors.field", hasItem("phone"));
    }

    @Test
    void of_simultaneous_creates_with_one_phone_number_exactly_one_succeeds() throws Exception {
        String phone = randomPhone();

        List<Integer> statuses = fire(6, () -> asAdmin().body(newCustomer(phone)).when().post(CUSTOMERS).statusCode());

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        asAdmin().queryParam("phone", phone).when().get(CUSTOMERS).then().body("items", hasSize(1));
    }

    @Test
    void a_number_that_is_no_mainland_mobile_is_refused_naming_the_field() {
        asAdmin().body(newCustomer("12345"))
                .when().post(CUSTOMERS)
                .then().spec(problem(400, "CUSTOMER_PHONE_INVALID"))
                .body("errors.field", contains("phone"));
    }

    @Test
    void a_phone_with_country_prefix_spaces_and_dashes_is_stored_as_eleven_digits() {
        String phone = randomPhone();
        String written = "+86 " + phone.substring(0, 3) + "-" + phone.substring(3, 7) + "-" + phone.substring(7);

        asAdmin().body(newCustomer(written))
                .when().post(CUSTOMERS)
                .then().statusCode(201)
                .body("phone", equalTo(phone));

        asStaff().body(newCustomer(phone))
                .when().post(CUSTOMERS)
                .then().spec(problem(409, "CUSTOMER_PHONE_TAKEN"));
    }

    @Test
    void a_tag_left_empty_is_refused_as_an_invalid_tag() {
        asAdmin().body("{\"phone\": \"" + randomPhone() + "\", \"tags\": [null]}")
                .when().post(CUSTOMERS)
                .then().spec(problem(400, "CUSTOMER_TAG_INVALID"))
                .body("errors.field", contains("tags"));
    }

    @Test
    void staff_read_one_customer_with_its_version_as_etag() {
        String phone = randomPhone();
        String id = createCustomer(phone);

        asStaff().when().get(CUSTOMERS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(id))
                .body("phone", equalTo(phone))
                .body("version", equalTo(0));
    }

    @Test
    void an_unknown_customer_is_not_found() {
        asAdmin().when().get(CUSTOMERS + "/" + UUID.randomUUID())
                .then().spec(problem(404, "CUSTOMER_NOT_FOUND"));
    }

    @Test
    void a_malformed_customer_id_is_simply_not_found() {
        asAdmin().when().get(CUSTOMERS + "/not-a-uuid")
                .then().spec(problem(404, "CUSTOMER_NOT_FOUND"));
    }

    @Test
    void staff_change_a_customers_name() {
        String id = createCustomer(randomPhone());

        asStaff().body(Map.of("name", "赵六"))
                .when().patch(CUSTOMERS + "/" + id)
                .then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("name", equalTo("赵六"));
    }

    @Test
    void staff_tag_a_customer_and_take_a_tag_off_again() {
        String id = createCustomer(randomPhone());
        String wholesale = "批发-" + uniqueTag();
        String vip = uniqueTag();

        asStaff().body(Map.of("tags", List.of(wholesale, vip)))
                .when().post(CUSTOMERS + "/" + id + "/tags")
                .then().statusCode(200)
                .body("tags", containsInAnyOrder(wholesale, vip));

        asStaff().when().delete(CUSTOMERS + "/" + id + "/tags/{tag}", wholesale)
                .then().statusCode(200)
                .body("tags", contains(vip));
    }
}
