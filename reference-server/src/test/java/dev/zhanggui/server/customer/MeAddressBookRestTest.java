package dev.zhanggui.server.customer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.ME;
import static dev.zhanggui.server.testing.Api.asCustomer;
import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

/**
 * The address book (收货地址) of customer 13800000001. Each test starts from an empty book, so that
 * "the first address" and "the oldest other one" mean what they say.
 */
@QuarkusTest
class MeAddressBookRestTest {
    private static final String ADDRESSES = ME + "/addresses";

    @BeforeEach
    void start_with_an_empty_address_book() {
        for (String id : addresses().getList("id", String.class)) {
            asCustomer().when().delete(ADDRESSES + "/" + id).then().statusCode(204);
        }
    }

    @Test
    void the_first_address_becomes_the_default() {
        var created = asCustomer().body(address("北京市朝阳区建国路 1 号"))
                .when().post(ADDRESSES)
                .then().statusCode(201)
                .body("isDefault", equalTo(true))
                .body("detail", equalTo("北京市朝阳区建国路 1 号"))
                .extract();

        assertThat(created.header("Location")).endsWith(ADDRESSES + "/" + created.path("id"));
        assertThat(defaultAddress()).isEqualTo(created.path("id"));
    }

    @Test
    void an_address_added_as_default_takes_the_default_over() {
        String first = add("first");
        String second = add(with(address("second"), "isDefault", true));

        assertThat(defaultAddress()).isEqualTo(second);
        assertThat(addresses().getList("id", String.class)).as("default first").containsExactly(second, first);
    }

    @Test
    void a_customer_chooses_another_default_address() {
        add("first");
        String second = add("second");

        asCustomer().when().put(ADDRESSES + "/" + second + "/default")
                .then().statusCode(200);

        assertThat(defaultAddress()).isEqualTo(second);
    }

    @Test
    void a_customer_corrects_an_address_and_it_stays_the_default() {
        String id = add("typo street");

        asCustomer().body(address("correct street"))
                .when().put(ADDRESSES + "/" + id)
                .then().statusCode(200)
                .body("detail", equalTo("correct street"))
                .body("isDefault", equalTo(true));
    }

    @Test
    void removing_the_default_address_makes_the_oldest_remaining_one_the_default() {
        String oldest = add("oldest");
        add("middle");
        String newest = add(with(address("newest"), "isDefault", true));

        asCustomer().when().delete(ADDRESSES + "/" + newest).then().statusCode(204);

        assertThat(defaultAddress()).isEqualTo(oldest);
        assertThat(addresses().getList("id", String.class)).hasSize(2).doesNotContain(newest);
    }

    @Test
    void an_address_book_holds_at_most_twenty_addresses() {
        for (int i = 1; i <= 20; i++) {
            add("address " + i);
        }

        asCustomer().body(address("one too many"))
                .when().post(ADDRESSES)
                .then().spec(problem(422, "CUSTOMER_ADDRESS_LIMIT"));
    }

    @Test
    void an_unknown_address_is_not_found() {
        String unknown = UUID.randomUUID().toString();
        asCustomer().when().put(ADDRESSES + "/" + unknown + "/default")
                .then().spec(problem(404, "CUSTOMER_ADDRESS_NOT_FOUND"));
        asCustomer().when().delete(ADDRESSES + "/" + unknown)
                .then().spec(problem(404, "CUSTOMER_ADDRESS_NOT_FOUND"));
        asCustomer().body(address("x")).when().put(ADDRESSES + "/not-an-id")
                .then().spec(problem(404, "CUSTOMER_ADDRESS_NOT_FOUND"));
    }

    @Test
    void an_address_without_its_required_fields_is_refused_field_by_field() {
        asCustomer().body(Map.of("postalCode", "12"))
                .when().post(ADDRESSES)
                .then().spec(problem(400, "CUSTOMER_ADDRESS_INVALID"))
                .body("errors.field", containsInAnyOrder("recipient", "phone", "province", "city", "district",
                        "detail", "postalCode"));
    }

    private static Map<String, Object> address(String detail) {
        return Map.of("recipient", "张三", "phone", "13800000001", "province", "上海市", "city", "上海市",
                "district", "浦东新区", "detail", detail, "postalCode", "200120");
    }

    private static Map<String, Object> with(Map<String, Object> body, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(body);
        changed.put(field, value);
        return changed;
    }

    private static String add(String detail) {
        return add(address(detail));
    }

    private static String add(Map<String, Object> body) {
        return asCustomer().body(body).when().post(ADDRESSES).then().statusCode(201).extract().path("id");
    }

    private static JsonPath addresses() {
        return asCustomer().when().get(ADDRESSES).then().statusCode(200).extract().jsonPath();
    }

    private static String defaultAddress() {
        List<String> defaults = addresses().getList("findAll { it.isDefault }.id", String.class);
        assertThat(defaults).as("exactly one default address").hasSize(1);
        return defaults.getFirst();
    }
}
