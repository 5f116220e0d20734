package dev.zhanggui.server.customer;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.CustomerDocuments.CREATE_CUSTOMER;
import static dev.zhanggui.server.testing.CustomerDocuments.CUSTOMERS;
import static dev.zhanggui.server.testing.CustomerDocuments.CUSTOMER_BY_ID;
import static dev.zhanggui.server.testing.CustomerDocuments.TAG_CUSTOMER;
import static dev.zhanggui.server.testing.CustomerDocuments.UNTAG_CUSTOMER;
import static dev.zhanggui.server.testing.CustomerDocuments.UPDATE_CUSTOMER;
import static dev.zhanggui.server.testing.TestCustomers.createdBy;
import static dev.zhanggui.server.testing.TestCustomers.createdByDemoStaff;
import static dev.zhanggui.server.testing.TestCustomers.newCustomerInput;
import static dev.zhanggui.server.testing.TestCustomers.newPhone;
import static dev.zhanggui.server.testing.TestCustomers.newTag;
import static org.assertj.core.api.Assertions.assertThat;

/** Merchant acme's admin never sees nor touches merchant demo's customers. */
@QuarkusTest
class CustomerTenancyGraphQLTest {
    private final GraphQLClient acmeAdmin = GraphQLClient.user(Tokens.ACME_ADMIN);
    private final GraphQLClient demoAdmin = GraphQLClient.user(Tokens.ADMIN);

    @Test
    void another_merchants_member_list_holds_none_of_demos_customers() {
        String tag = newTag();
        String demoCustomer = createdByDemoStaff(newPhone(), tag);
        String acmeCustomer = createdBy(Tokens.ACME_ADMIN, newPhone(), tag);

        List<Map<String, Object>> acmeList = everyCustomer(acmeAdmin, Map.of());

        assertThat(acmeList).extracting(c -> c.get("id")).contains(acmeCustomer).doesNotContain(demoCustomer);
        assertThat(acmeList).extracting(c -> c.get("phone")).doesNotContain("13800000001", "13800000002");
        assertThat(everyCustomer(acmeAdmin, Map.of("tag", tag))).extracting(c -> c.get("id"))
                .containsExactly(acmeCustomer);
        assertThat(everyCustomer(demoAdmin, Map.of("tag", tag))).extracting(c -> c.get("id"))
                .containsExactly(demoCustomer);
        assertThat(everyCustomer(acmeAdmin, Map.of("phone", "13800000001"))).isEmpty();
    }

    @Test
    void another_merchants_customer_is_unknown() {
        String demoCustomer = createdByDemoStaff(newPhone());

        JsonPath answer = acmeAdmin.query(CUSTOMER_BY_ID, Map.of("id", demoCustomer));

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getMap("data")).containsEntry("customer", null);
    }

    @Test
    void another_merchants_customer_cannot_be_changed() {
        String demoCustomer = createdByDemoStaff(newPhone(), "VIP");

        JsonPath update = acmeAdmin.mutate(UPDATE_CUSTOMER, Map.of("id", demoCustomer, "input", Map.of("name", "艾克美")));
        JsonPath tag = acmeAdmin.mutate(TAG_CUSTOMER, Map.of("id", demoCustomer, "tags", List.of("acme")));
        JsonPath untag = acmeAdmin.mutate(UNTAG_CUSTOMER, Map.of("id", demoCustomer, "tags", List.of("VIP")));

        assertThat(GraphQLClient.errorCodes(update, "data.updateCustomer")).containsExactly("CUSTOMER_NOT_FOUND");
        assertThat(GraphQLClient.errorCodes(tag, "data.tagCustomer")).containsExactly("CUSTOMER_NOT_FOUND");
        assertThat(GraphQLClient.errorCodes(untag, "data.untagCustomer")).containsExactly("CUSTOMER_NOT_FOUND");
        Map<String, Object> unchanged = demoAdmin.query(CUSTOMER_BY_ID, Map.of("id", demoCustomer)).getMap("data.customer");
        assertThat(unchanged).containsEntry("name", "测试客户").containsEntry("tags", List.of("VIP"))
                .containsEntry("version", 0);
    }

    @Test
    void the_same_phone_is_a_different_customer_at_another_merchant() {
        String phone = newPhone();
        String demoCustomer = createdByDemoStaff(phone);

        String acmeCustomer = createdBy(Tokens.ACME_ADMIN, phone);

        assertThat(acmeCustomer).isNotEqualTo(demoCustomer);
    }

    @Test
    void a_merchant_header_contradicting_the_token_refuses_a_query() {
        JsonPath answer = acmeAdmin.header("X-Merchant", "demo").query(CUSTOMERS, Map.of());

        assertThat(answer.getString("data")).isNull();
        assertThat(answer.getList("errors")).hasSize(1);
        assertThat(answer.getString("errors[0].message")).contains("X-Merchant");
        assertThat(answer.getString("errors[0].extensions.errorCode")).isEqualTo("MERCHANT_MISMATCH");
    }

    @Test
    void a_merchant_header_contradicting_the_token_refuses_a_mutation_in_its_payload() {
        String phone = newPhone();

        JsonPath answer = acmeAdmin.header("X-Merchant", "demo").mutate(CREATE_CUSTOMER,
                Map.of("input", newCustomerInput(phone, "越权", List.of())));

        assertThat(answer.getMap("data.createCustomer")).containsEntry("customer", null);
        assertThat(GraphQLClient.errorCodes(answer, "data.createCustomer")).containsExactly("MERCHANT_MISMATCH");
        assertThat(everyCustomer(demoAdmin, Map.of("phone", phone))).isEmpty();
        assertThat(everyCustomer(acmeAdmin, Map.of("phone", phone))).isEmpty();
    }

    @Test
    void a_merchant_header_agreeing_with_the_token_is_accepted() {
        JsonPath answer = acmeAdmin.header("X-Merchant", "acme").query(CUSTOMERS, Map.of("first", 1));

        assertThat(answer.getList("errors")).isNull();
    }

    private static List<Map<String, Object>> everyCustomer(GraphQLClient staff, Map<String, Object> filter) {
        List<Map<String, Object>> all = new ArrayList<>();
        String after = null;
        boolean more;
        do {
            Map<String, Object> variables = new HashMap<>(Map.of("first", 100, "filter", filter));
            variables.put("after", after);
            JsonPath page = staff.query(CUSTOMERS, variables);
            assertThat(page.getList("errors")).isNull();
            all.addAll(page.getList("data.customers.edges.node"));
            more = page.getBoolean("data.customers.pageInfo.hasNextPage");
            after = page.getString("data.customers.pageInfo.endCursor");
        } while (more);
        return all;
    }
}
