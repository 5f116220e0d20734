package dev.zhanggui.server.customer;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.CustomerDocuments.CUSTOMER_BY_ID;
import static dev.zhanggui.server.testing.CustomerDocuments.UPDATE_CUSTOMER;
import static dev.zhanggui.server.testing.TestCustomers.createdByDemoStaff;
import static dev.zhanggui.server.testing.TestCustomers.newPhone;
import static org.assertj.core.api.Assertions.assertThat;

/** Several staff members edit one customer at the same moment from the version they all saw. */
@QuarkusTest
class CustomerConcurrencyGraphQLTest {
    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);

    @Test
    void of_parallel_updates_from_one_version_exactly_one_wins() throws Exception {
        String id = createdByDemoStaff(newPhone());
        int version = admin.query(CUSTOMER_BY_ID, Map.of("id", id)).getInt("data.customer.version");

        List<JsonPath> answers = ParallelCalls.atOnce(8, i -> () -> admin.query(UPDATE_CUSTOMER,
                Map.of("id", id, "input", Map.of("name", "编辑" + i), "expectedVersion", version)));

        List<JsonPath> won = answers.stream()
                .filter(a -> GraphQLClient.errorCodes(a, "data.updateCustomer").isEmpty()).toList();
        assertThat(won).hasSize(1);
        for (JsonPath answer : answers) {
            assertThat(answer.getList("errors")).as(answer.prettify()).isNull();
            if (answer != won.getFirst()) {
                assertThat(GraphQLClient.errorCodes(answer, "data.updateCustomer")).as(answer.prettify())
                        .singleElement().isIn("VERSION_MISMATCH", "VERSION_CONFLICT");
            }
        }
        Map<String, Object> stored = admin.query(CUSTOMER_BY_ID, Map.of("id", id)).getMap("data.customer");
        assertThat(stored).containsEntry("version", version + 1)
                .containsEntry("name", won.getFirst().getString("data.updateCustomer.customer.name"));
    }
}
