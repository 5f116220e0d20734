package dev.zhanggui.server.testing;

import io.restassured.path.json.JsonPath;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Customers of the shared test database that belong to one test only: fresh phone numbers and
 * tags that no other test uses, and a staff member creating them over GraphQL.
 */
public final class TestCustomers {
    private TestCustomers() {
    }

    /** A mainland mobile number no demo user has: 137 and eight random digits. */
    public static String newPhone() {
        return "137" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
    }

    /** A tag no other test puts on anyone. */
    public static String newTag() {
        return "t-" + UUID.randomUUID().toString().substring(0, 13);
    }

    public static Map<String, Object> newCustomerInput(String phone, String name, List<String> tags) {
        Map<String, Object> input = new HashMap<>();
        input.put("phone", phone);
        input.put("name", name);
        input.put("tags", tags);
        return input;
    }

    /** Staff of merchant demo create a customer and get its id. */
    public static String createdByDemoStaff(String phone, String... tags) {
        return createdBy(Tokens.ADMIN, phone, tags);
    }

    /** The given staff user creates a customer of their merchant and gets its id. */
    public static String createdBy(String staffUser, String phone, String... tags) {
        JsonPath answer = GraphQLClient.user(staffUser).mutate(CustomerDocuments.CREATE_CUSTOMER,
                Map.of("input", newCustomerInput(phone, "测试客户", List.of(tags))));
        assertThat(answer.getList("data.createCustomer.errors")).isEmpty();
        return answer.getString("data.createCustomer.customer.id");
    }
}
