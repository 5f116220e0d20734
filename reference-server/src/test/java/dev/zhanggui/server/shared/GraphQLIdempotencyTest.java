package dev.zhanggui.server.shared;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.CustomerDocuments.ADD_ADDRESS;
import static dev.zhanggui.server.testing.CustomerDocuments.CREATE_CUSTOMER;
import static dev.zhanggui.server.testing.CustomerDocuments.CUSTOMERS;
import static dev.zhanggui.server.testing.CustomerDocuments.REMOVE_ADDRESS;
import static dev.zhanggui.server.testing.CustomerDocuments.TAG_CUSTOMER;
import static dev.zhanggui.server.testing.CustomerDocuments.UPDATE_ADDRESS;
import static dev.zhanggui.server.testing.CustomerDocuments.UPDATE_CUSTOMER;
import static dev.zhanggui.server.testing.TestCustomers.createdByDemoStaff;
import static dev.zhanggui.server.testing.TestCustomers.newCustomerInput;
import static dev.zhanggui.server.testing.TestCustomers.newPhone;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A staff tool that retries: every GraphQL mutation runs at most once per {@code idempotencyKey}
 * of the calling principal, and a retry gets the first answer back.
 */
@QuarkusTest
class GraphQLIdempotencyTest {
    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);

    @Test
    void a_retried_creation_creates_one_customer_and_answers_the_same() {
        String phone = newPhone();
        Map<String, Object> variables = Map.of("input", newCustomerInput(phone, "重试", List.of()), "key", newKey());

        JsonPath first = admin.mutate(CREATE_CUSTOMER, variables);
        JsonPath retry = admin.mutate(CREATE_CUSTOMER, variables);

        assertThat(first.getList("data.createCustomer.errors")).isEmpty();
        assertThat(retry.getMap("data.createCustomer")).isEqualTo(first.getMap("data.createCustomer"));
        assertThat(customersWithPhone(phone)).containsExactly(first.getString("data.createCustomer.customer.id"));
    }

    @Test
    void a_retry_answers_the_first_result_even_after_the_customer_changed() {
        String key = newKey();
        Map<String, Object> variables = Map.of("input", newCustomerInput(newPhone(), "重试", List.of()), "key", key);
        JsonPath first = admin.mutate(CREATE_CUSTOMER, variables);
        String id = first.getString("data.createCustomer.customer.id");
        admin.mutate(TAG_CUSTOMER, Map.of("id", id, "tags", List.of("VIP")));

        JsonPath retry = admin.mutate(CREATE_CUSTOMER, variables);

        assertThat(retry.getList("data.createCustomer.customer.tags")).isEmpty();
        assertThat(retry.getInt("data.createCustomer.customer.version")).isZero();
    }

    @Test
    void a_key_reused_for_a_different_request_is_refused() {
        String key = newKey();
        String firstPhone = newPhone();
        String otherPhone = newPhone();
        admin.mutate(CREATE_CUSTOMER, Map.of("input", newCustomerInput(firstPhone, "甲", List.of()), "key", key));

        JsonPath reused = admin.mutate(CREATE_CUSTOMER,
                Map.of("input", newCustomerInput(otherPhone, "乙", List.of()), "key", key));

        assertThat(reused.getMap("data.createCustomer")).containsEntry("customer", null);
        assertThat(GraphQLClient.errorCodes(reused, "data.createCustomer")).containsExactly("IDEMPOTENCY_KEY_REUSED");
        assertThat(customersWithPhone(otherPhone)).isEmpty();
    }

    @Test
    void a_key_reused_for_another_mutation_is_refused() {
        String key = newKey();
        String id = createdByDemoStaff(newPhone());
        admin.mutate(TAG_CUSTOMER, Map.of("id", id, "tags", List.of("VIP"), "key", key));

        JsonPath reused = admin.mutate(UPDATE_CUSTOMER, Map.of("id", id, "input", Map.of("name", "乙"), "key", key));

        assertThat(GraphQLClient.errorCodes(reused, "data.updateCustomer")).containsExactly("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void a_refused_request_is_refused_the_same_way_when_retried() {
        String id = createdByDemoStaff(newPhone());
        Map<String, Object> staleUpdate = Map.of("id", id, "input", Map.of("name", "过期"), "expectedVersion", 7,
                "key", newKey());
        JsonPath first = admin.mutate(UPDATE_CUSTOMER, staleUpdate);
        admin.mutate(TAG_CUSTOMER, Map.of("id", id, "tags", List.of("VIP")));

        JsonPath retry = admin.mutate(UPDATE_CUSTOMER, staleUpdate);

        assertThat(GraphQLClient.errorCodes(first, "data.updateCustomer")).containsExactly("VERSION_MISMATCH");
        assertThat(retry.getMap("data.updateCustomer")).isEqualTo(first.getMap("data.updateCustomer"));
    }

    @Test
    void an_invalid_refusal_is_replayed_too() {
        Map<String, Object> variables = Map.of("input", newCustomerInput("12345", "无效", List.of()), "key", newKey());

        JsonPath first = admin.mutate(CREATE_CUSTOMER, variables);
        JsonPath retry = admin.mutate(CREATE_CUSTOMER, variables);

        assertThat(GraphQLClient.errorCodes(first, "data.createCustomer")).containsExactly("CUSTOMER_PHONE_INVALID");
        assertThat(retry.getMap("data.createCustomer")).isEqualTo(first.getMap("data.createCustomer"));
    }

    @Test
    void the_same_key_of_two_principals_names_two_requests() {
        String key = newKey();
        String adminsPhone = newPhone();
        String staffsPhone = newPhone();

        JsonPath byAdmin = admin.mutate(CREATE_CUSTOMER,
                Map.of("input", newCustomerInput(adminsPhone, "甲", List.of()), "key", key));
        JsonPath byStaff = GraphQLClient.user(Tokens.STAFF).mutate(CREATE_CUSTOMER,
                Map.of("input", newCustomerInput(staffsPhone, "乙", List.of()), "key", key));

        assertThat(byAdmin.getList("data.createCustomer.errors")).isEmpty();
        assertThat(byStaff.getList("data.createCustomer.errors")).isEmpty();
        assertThat(byStaff.getString("data.createCustomer.customer.id"))
                .isNotEqualTo(byAdmin.getString("data.createCustomer.customer.id"));
        assertThat(customersWithPhone(adminsPhone)).hasSize(1);
        assertThat(customersWithPhone(staffsPhone)).hasSize(1);
    }

    @Test
    void a_retried_address_correction_answers_the_same() {
        GraphQLClient acmeCustomer = GraphQLClient.user(Tokens.ACME_CUSTOMER);
        String id = acmeCustomer.mutate(ADD_ADDRESS, Map.of("input", address("旧地址")))
                .getString("data.addAddress.address.id");
        Map<String, Object> correction = Map.of("id", id, "input", address("新地址"), "key", newKey());
        try {
            JsonPath first = acmeCustomer.mutate(UPDATE_ADDRESS, correction);
            JsonPath retry = acmeCustomer.mutate(UPDATE_ADDRESS, correction);

            assertThat(first.getString("data.updateAddress.address.detail")).isEqualTo("新地址");
            assertThat(retry.getMap("data.updateAddress")).isEqualTo(first.getMap("data.updateAddress"));
        } finally {
            acmeCustomer.mutate(REMOVE_ADDRESS, Map.of("id", id));
        }
    }

    @Test
    void a_malformed_key_is_refused_in_the_payload() {
        String phone = newPhone();

        JsonPath answer = admin.mutate(CREATE_CUSTOMER,
                Map.of("input", newCustomerInput(phone, "甲", List.of()), "key", "has a space"));

        assertThat(GraphQLClient.errorCodes(answer, "data.createCustomer")).containsExactly("IDEMPOTENCY_KEY_INVALID");
        assertThat(answer.getString("data.createCustomer.errors[0].field")).isEqualTo("idempotencyKey");
        assertThat(customersWithPhone(phone)).isEmpty();
    }

    @Test
    void parallel_retries_of_one_creation_create_one_customer() throws Exception {
        String phone = newPhone();
        Map<String, Object> variables = Map.of("input", newCustomerInput(phone, "并发", List.of()), "key", newKey());
        List<JsonPath> answers = ParallelCalls.atOnce(10, i -> () -> admin.query(CREATE_CUSTOMER, variables));

        List<String> ids = customersWithPhone(phone);
        assertThat(ids).hasSize(1);
        for (JsonPath answer : answers) {
            assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
            // The claim is part of the first mutation's transaction: the others wait and replay its answer.
            assertThat(GraphQLClient.errorCodes(answer, "data.createCustomer")).as(answer.prettify()).isEmpty();
            assertThat(answer.getString("data.createCustomer.customer.id")).isEqualTo(ids.getFirst());
        }
    }

    private static Map<String, Object> address(String detail) {
        return Map.of("recipient", "Acme 客户", "phone", "13900000001", "province", "广东省", "city", "深圳市",
                "district", "南山区", "detail", detail);
    }

    private List<String> customersWithPhone(String phone) {
        return admin.query(CUSTOMERS, Map.of("first", 100, "filter", Map.of("phone", phone)))
                .getList("data.customers.edges.node.id", String.class);
    }

    private static String newKey() {
        return "gql-" + UUID.randomUUID();
    }
}
