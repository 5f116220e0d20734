package dev.zhanggui.server.customer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.List;

import static dev.zhanggui.server.testing.Api.CUSTOMERS;
import static dev.zhanggui.server.testing.Api.asAdmin;
import static dev.zhanggui.server.testing.Api.asStaff;
import static dev.zhanggui.server.testing.Api.createCustomer;
import static dev.zhanggui.server.testing.Api.customerIdsTagged;
import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.Api.randomPhone;
import static dev.zhanggui.server.testing.Api.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;

/** The member list: filters by phone prefix and tag, and cursor pagination in registration order. */
@QuarkusTest
class CustomerListRestTest {

    @Test
    void staff_find_customers_by_the_start_of_their_phone_number() {
        String phone = randomPhone();
        String id = createCustomer(phone);
        String prefix = phone.substring(0, 9);

        asStaff().queryParam("phone", prefix).queryParam("limit", 100)
                .when().get(CUSTOMERS)
                .then().statusCode(200)
                .body("items.id", hasItem(id))
                .body("items.phone", everyItem(startsWith(prefix)));
    }

    @Test
    void staff_find_customers_by_tag() {
        String tag = uniqueTag();
        String tagged = createCustomer(randomPhone(), tag);
        createCustomer(randomPhone(), uniqueTag());

        assertThat(customerIdsTagged(tag)).containsExactly(tagged);
    }

    @Test
    void pages_follow_the_next_cursor_through_every_customer_once_in_registration_order() {
        String tag = uniqueTag();
        List<String> registered = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            registered.add(createCustomer(randomPhone(), tag));
        }

        List<String> seen = new ArrayList<>();
        List<Integer> pageSizes = new ArrayList<>();
        String after = null;
        do {
            var request = asStaff().queryParam("tag", tag).queryParam("limit", 2);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get(CUSTOMERS).then().statusCode(200).extract().jsonPath();
            List<String> ids = page.getList("items.id", String.class);
            seen.addAll(ids);
            pageSizes.add(ids.size());
            after = page.getString("next");
        } while (after != null && pageSizes.size() < 10);

        assertThat(seen).containsExactlyElementsOf(registered);
        assertThat(pageSizes).containsExactly(2, 2, 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "101", "abc", "2.5"})
    void a_page_size_that_is_no_whole_number_from_one_to_a_hundred_is_refused(String limit) {
        asAdmin().queryParam("limit", limit)
                .when().get(CUSTOMERS)
                .then().spec(problem(400, "PAGE_LIMIT_INVALID"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"%%%not-base64", "aGVsbG8", "MDE5YS1ub3QtYS11dWlk"})
    void a_cursor_the_server_did_not_hand_out_is_refused(String cursor) {
        asAdmin().queryParam("after", cursor)
                .when().get(CUSTOMERS)
                .then().spec(problem(400, "PAGE_CURSOR_INVALID"));
    }
}
