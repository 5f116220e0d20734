package dev.zhanggui.server.customer;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.CustomerDocuments.CREATE_CUSTOMER;
import static dev.zhanggui.server.testing.CustomerDocuments.CUSTOMERS;
import static dev.zhanggui.server.testing.CustomerDocuments.CUSTOMER_BY_ID;
import static dev.zhanggui.server.testing.CustomerDocuments.TAG_CUSTOMER;
import static dev.zhanggui.server.testing.CustomerDocuments.UNTAG_CUSTOMER;
import static dev.zhanggui.server.testing.CustomerDocuments.UPDATE_CUSTOMER;
import static dev.zhanggui.server.testing.TestCustomers.createdByDemoStaff;
import static dev.zhanggui.server.testing.TestCustomers.newCustomerInput;
import static dev.zhanggui.server.testing.TestCustomers.newPhone;
import static dev.zhanggui.server.testing.TestCustomers.newTag;
import static org.assertj.core.api.Assertions.assertThat;

/** A staff session of merchant demo keeping the member list (会员管理). */
@QuarkusTest
class StaffCustomersGraphQLTest {
    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);

    @Test
    void staff_create_a_customer_ahead_of_their_first_login() {
        String phone = newPhone();
        Map<String, Object> input = newCustomerInput("+86 " + phone.substring(0, 3) + "-" + phone.substring(3), "王五",
                List.of("VIP"));
        input.put("email", "wangwu@example.com");

        JsonPath answer = admin.mutate(CREATE_CUSTOMER, Map.of("input", input));

        assertThat(answer.getList("data.createCustomer.errors")).isEmpty();
        Map<String, Object> customer = answer.getMap("data.createCustomer.customer");
        assertThat(customer).containsEntry("phone", phone).containsEntry("name", "王五")
                .containsEntry("email", "wangwu@example.com").containsEntry("origin", "CREATED_BY_STAFF")
                .containsEntry("tags", List.of("VIP"));
    }

    @Test
    void staff_create_a_customer_without_tags() {
        String phone = newPhone();

        JsonPath answer = admin.mutate("""
                mutation($phone: String!) {
                  createCustomer(input: {phone: $phone, name: "赵六"}) { customer { phone tags } errors { code } } }""",
                Map.of("phone", phone));

        assertThat(answer.getList("data.createCustomer.errors")).isEmpty();
        assertThat(answer.getString("data.createCustomer.customer.phone")).isEqualTo(phone);
        assertThat(answer.getList("data.createCustomer.customer.tags")).isEmpty();
    }

    @Test
    void a_phone_number_is_one_customer_only() {
        String phone = newPhone();
        createdByDemoStaff(phone);

        JsonPath answer = admin.mutate(CREATE_CUSTOMER, Map.of("input", newCustomerInput(phone, "重复", List.of())));

        assertThat(answer.getMap("data.createCustomer")).containsEntry("customer", null);
        assertThat(GraphQLClient.errorCodes(answer, "data.createCustomer")).containsExactly("CUSTOMER_PHONE_TAKEN");
        assertThat(answer.getString("data.createCustomer.errors[0].field")).isEqualTo("phone");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345", "12800000000", "1380000000a", "138000000011", "  "})
    void a_phone_that_is_not_a_mainland_mobile_is_refused(String phone) {
        JsonPath answer = admin.mutate(CREATE_CUSTOMER, Map.of("input", newCustomerInput(phone, "无效", List.of())));

        assertThat(answer.getMap("data.createCustomer")).containsEntry("customer", null);
        assertThat(GraphQLClient.errorCodes(answer, "data.createCustomer")).containsExactly("CUSTOMER_PHONE_INVALID");
        assertThat(answer.getString("data.createCustomer.errors[0].field")).isEqualTo("phone");
    }

    @Test
    void staff_look_a_customer_up_by_id() {
        String phone = newPhone();
        String id = createdByDemoStaff(phone, "批发客户");

        JsonPath answer = admin.query(CUSTOMER_BY_ID, Map.of("id", id));

        assertThat(answer.getString("data.customer.id")).isEqualTo(id);
        assertThat(answer.getString("data.customer.phone")).isEqualTo(phone);
        assertThat(answer.getList("data.customer.tags")).containsExactly("批发客户");
    }

    @ParameterizedTest
    @ValueSource(strings = {"00000000-0000-0000-0000-000000000000", "not-an-id"})
    void an_unknown_customer_is_null(String id) {
        JsonPath answer = admin.query(CUSTOMER_BY_ID, Map.of("id", id));

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getMap("data")).containsEntry("customer", null);
    }

    @Test
    void staff_find_customers_by_phone_prefix() {
        String prefix = newPhone().substring(0, 9);
        String first = createdByDemoStaff(prefix + "01");
        String second = createdByDemoStaff(prefix + "02");

        JsonPath answer = admin.query(CUSTOMERS, Map.of("first", 100, "filter", Map.of("phone", prefix)));

        assertThat(answer.getList("data.customers.edges.node.id")).containsExactly(first, second);
        assertThat(answer.getList("data.customers.edges.node.phone", String.class)).allMatch(p -> p.startsWith(prefix));
    }

    @Test
    void staff_find_customers_by_tag() {
        String tag = newTag();
        String tagged = createdByDemoStaff(newPhone(), tag, "VIP");
        createdByDemoStaff(newPhone(), "VIP");

        JsonPath answer = admin.query(CUSTOMERS, Map.of("filter", Map.of("tag", tag)));

        assertThat(answer.getList("data.customers.edges.node.id")).containsExactly(tagged);
        assertThat(answer.getBoolean("data.customers.pageInfo.hasNextPage")).isFalse();
    }

    @Test
    void paging_through_a_list_shows_every_customer_exactly_once() {
        String tag = newTag();
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createdByDemoStaff(newPhone(), tag));
        }

        List<String> seen = new ArrayList<>();
        List<Boolean> hasNextPage = new ArrayList<>();
        String after = null;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("first", 2, "filter", Map.of("tag", tag)));
            variables.put("after", after);
            JsonPath page = admin.query(CUSTOMERS, variables);
            assertThat(page.getList("errors")).isNull();
            List<String> ids = page.getList("data.customers.edges.node.id", String.class);
            assertThat(ids).hasSizeBetween(1, 2);
            assertThat(page.getString("data.customers.pageInfo.endCursor"))
                    .isEqualTo(page.getList("data.customers.edges.cursor", String.class).getLast());
            seen.addAll(ids);
            hasNextPage.add(page.getBoolean("data.customers.pageInfo.hasNextPage"));
            after = page.getString("data.customers.pageInfo.endCursor");
        } while (hasNextPage.getLast() && seen.size() <= created.size());

        assertThat(seen).containsExactlyElementsOf(created);
        assertThat(hasNextPage).containsExactly(true, true, false);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 101, -1})
    void a_page_size_outside_1_to_100_is_refused(int first) {
        JsonPath answer = admin.query(CUSTOMERS, Map.of("first", first));

        assertThat(answer.getList("errors")).isNotEmpty();
        assertThat(answer.getString("errors[0].message")).contains("between 1 and 100");
        assertThat(answer.getString("errors[0].extensions.errorCode")).isEqualTo("PAGE_LIMIT_INVALID");
        assertThat(answer.getString("data")).isNull();
    }

    @Test
    void staff_tag_and_untag_a_customer() {
        String id = createdByDemoStaff(newPhone(), "VIP");

        JsonPath tagged = admin.mutate(TAG_CUSTOMER, Map.of("id", id, "tags", List.of("批发客户", "VIP")));
        assertThat(tagged.getList("data.tagCustomer.errors")).isEmpty();
        assertThat(tagged.getList("data.tagCustomer.customer.tags", String.class))
                .containsExactlyInAnyOrder("批发客户", "VIP");

        JsonPath untagged = admin.mutate(UNTAG_CUSTOMER, Map.of("id", id, "tags", List.of("VIP")));
        assertThat(untagged.getList("data.untagCustomer.errors")).isEmpty();
        assertThat(untagged.getList("data.untagCustomer.customer.tags")).containsExactly("批发客户");
        assertThat(admin.query(CUSTOMER_BY_ID, Map.of("id", id)).getList("data.customer.tags"))
                .containsExactly("批发客户");
    }

    @Test
    void an_empty_tag_is_refused() {
        String id = createdByDemoStaff(newPhone());

        JsonPath answer = admin.mutate(TAG_CUSTOMER, Map.of("id", id, "tags", List.of(" ")));

        assertThat(GraphQLClient.errorCodes(answer, "data.tagCustomer")).containsExactly("CUSTOMER_TAG_INVALID");
        assertThat(answer.getString("data.tagCustomer.errors[0].field")).isEqualTo("tags");
    }

    @Test
    void staff_update_a_customers_profile_guarded_by_its_version() {
        String id = createdByDemoStaff(newPhone());
        int version = admin.query(CUSTOMER_BY_ID, Map.of("id", id)).getInt("data.customer.version");
        String email = "c" + UUID.randomUUID().toString().substring(0, 6) + "@example.com";

        JsonPath answer = admin.mutate(UPDATE_CUSTOMER, Map.of("id", id,
                "input", Map.of("name", "钱七", "email", email), "expectedVersion", version));

        assertThat(answer.getList("data.updateCustomer.errors")).isEmpty();
        assertThat(answer.getMap("data.updateCustomer.customer")).containsEntry("name", "钱七")
                .containsEntry("email", email).containsEntry("version", version + 1);

        JsonPath stale = admin.mutate(UPDATE_CUSTOMER, Map.of("id", id, "input", Map.of("name", "孙八"),
                "expectedVersion", version));
        assertThat(GraphQLClient.errorCodes(stale, "data.updateCustomer")).containsExactly("VERSION_MISMATCH");
    }

    @Test
    void updating_an_unknown_customer_is_refused_in_the_payload() {
        JsonPath answer = admin.mutate(UPDATE_CUSTOMER, Map.of("id", UUID.randomUUID().toString(),
                "input", Map.of("name", "无人")));

        assertThat(GraphQLClient.errorCodes(answer, "data.updateCustomer")).containsExactly("CUSTOMER_NOT_FOUND");
    }
}
