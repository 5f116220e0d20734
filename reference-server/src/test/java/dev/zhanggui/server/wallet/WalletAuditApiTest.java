package dev.zhanggui.server.wallet;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.GraphQLClient.vars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** The wallet audit trail (freezes, unfreezes, credit-limit changes) over REST and GraphQL. */
@QuarkusTest
class WalletAuditApiTest {
    static final String FREEZE = "mutation($c: ID!, $note: String) { freezeWallet(customerId: $c, note: $note)"
            + " { wallet { frozen } errors { code field } } }";
    static final String LIMIT = "mutation($c: ID!, $limit: String!, $note: String) {"
            + " setCreditLimit(customerId: $c, limit: $limit, note: $note) { wallet { creditLimit } errors { code } } }";
    static final String AUDIT = "query($c: ID!, $after: String) { walletAudit(customerId: $c, first: 1, after: $after)"
            + " { edges { node { change before after note actorKind actor at } } pageInfo { hasNextPage endCursor } } }";

    static String wallet(String customer) {
        return Api.CUSTOMERS + "/" + customer + "/wallet";
    }

    @Test
    void rest_keeps_who_when_before_after_and_why_of_freezes_and_limit_changes() {
        String customer = Api.createCustomer(Api.randomPhone());
        Api.asStaff().body(Map.of("note", "会员卡丢失")).post(wallet(customer) + "/freeze").then().statusCode(200)
                .body("frozen", equalTo(true));
        Api.asStaff().post(wallet(customer) + "/freeze").then().statusCode(200);
        Api.asStaff().post(wallet(customer) + "/unfreeze").then().statusCode(200).body("frozen", equalTo(false));
        Api.asAdmin().body(Map.of("limit", "3000.00", "note", "年度授信"))
                .put(Api.CUSTOMERS + "/" + customer + "/credit-limit").then().statusCode(200);

        JsonPath trail = Api.asStaff().get(wallet(customer) + "/audit").then().statusCode(200).extract().jsonPath();
        assertThat(trail.getList("items.change")).containsExactly("CREDIT_LIMIT_CHANGED", "UNFROZEN", "FROZEN");
        assertThat(trail.getList("items.before")).containsExactly("0.00", "FROZEN", "ACTIVE");
        assertThat(trail.getList("items.after")).containsExactly("3000.00", "ACTIVE", "FROZEN");
        assertThat(trail.getList("items.note")).containsExactly("年度授信", null, "会员卡丢失");
        assertThat(trail.getList("items.actorKind")).containsExactly("STAFF_ADMIN", "STAFF", "STAFF");
        assertThat(trail.getString("items[0].at")).isNotBlank();

        Api.asStaff().body(Map.of("note", "x".repeat(201))).post(wallet(customer) + "/freeze")
                .then().spec(problem(400, "WALLET_NOTE_INVALID"));
        Api.asCustomer().get(wallet(customer) + "/audit").then().statusCode(403);
        Api.asAcmeAdmin().get(wallet(customer) + "/audit").then().spec(problem(404, "CUSTOMER_NOT_FOUND"));
    }

    @Test
    void graphql_reads_the_audit_trail_page_by_page() {
        String customer = Api.createCustomer(Api.randomPhone());
        GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
        GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);
        assertThat(GraphQLClient.errorCodes(staff.mutate(FREEZE, vars("c", customer, "note", "欠款未还")),
                "data.freezeWallet")).isEmpty();
        assertThat(GraphQLClient.errorCodes(admin.mutate(LIMIT, vars("c", customer, "limit", "800.00", "note", null)),
                "data.setCreditLimit")).isEmpty();

        JsonPath first = staff.query(AUDIT, vars("c", customer));
        assertThat(first.getString("data.walletAudit.edges[0].node.change")).isEqualTo("CREDIT_LIMIT_CHANGED");
        assertThat(first.getString("data.walletAudit.edges[0].node.after")).isEqualTo("800.00");
        assertThat(first.getBoolean("data.walletAudit.pageInfo.hasNextPage")).isTrue();
        JsonPath second = staff.query(AUDIT, vars("c", customer,
                "after", first.getString("data.walletAudit.pageInfo.endCursor")));
        assertThat(second.getString("data.walletAudit.edges[0].node.change")).isEqualTo("FROZEN");
        assertThat(second.getString("data.walletAudit.edges[0].node.note")).isEqualTo("欠款未还");
        assertThat(second.getBoolean("data.walletAudit.pageInfo.hasNextPage")).isFalse();
        assertThat(GraphQLClient.user(Tokens.CUSTOMER).query(AUDIT, vars("c", customer))
                .getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");
    }
}
