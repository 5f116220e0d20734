package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.WalletPaymentService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.GraphQLClient.vars;
import static org.assertj.core.api.Assertions.assertThat;

/** Credit repayments and statements over GraphQL. */
@QuarkusTest
class CreditStatementGraphQLTest {
    static final String REPAY = "mutation($c: ID!, $in: CreditRepaymentInput!, $key: String) {"
            + " recordCreditRepayment(customerId: $c, input: $in, idempotencyKey: $key)"
            + " { wallet { creditInUse } entries { reason amount causeKind causeReference } replayed errors { code field } } }";
    static final String STATEMENT = "query($c: ID!, $from: String, $to: String) {"
            + " creditStatement(customerId: $c, from: $from, to: $to) { from to openingOwed charged repaid refunded"
            + " closingOwed creditLimit creditAvailable lines { date reason amount owedAfter orderNumber method note } } }";
    static final String MINE = "{ myCreditStatement { from to openingOwed closingOwed lines { amount } } }";

    @Inject
    WalletPaymentService payments;

    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);

    @Test
    void staff_record_a_repayment_and_read_the_statement() {
        String customer = Api.createCustomer(Api.randomPhone());
        Api.asAdmin().body(Map.of("limit", "800.00")).put(Api.CUSTOMERS + "/" + customer + "/credit-limit")
                .then().statusCode(200);
        payments.chargeCredit(Actor.system(MerchantId.of("demo"), "checkout"), CustomerId.parse(customer),
                "SO-G-" + customer, Money.of("500.00"), "c-g");
        String key = "gql-repay-" + UUID.randomUUID();
        Map<String, Object> repay = vars("c", customer, "key", key,
                "in", vars("amount", "120.50", "method", "WECHAT_PAY", "note", "微信转账"));

        JsonPath first = staff.mutate(REPAY, repay);
        assertThat(GraphQLClient.errorCodes(first, "data.recordCreditRepayment")).isEmpty();
        assertThat(first.getString("data.recordCreditRepayment.wallet.creditInUse")).isEqualTo("379.50");
        assertThat(first.getString("data.recordCreditRepayment.entries[0].causeReference")).isEqualTo("WECHAT_PAY");
        assertThat(staff.mutate(REPAY, repay).getString("data.recordCreditRepayment.wallet.creditInUse"))
                .isEqualTo("379.50");
        JsonPath tooMuch = staff.mutate(REPAY, vars("c", customer,
                "in", vars("amount", "379.51", "method", "CASH")));
        assertThat(GraphQLClient.errorCodes(tooMuch, "data.recordCreditRepayment"))
                .containsExactly("WALLET_REPAYMENT_EXCEEDS_CREDIT_IN_USE");

        JsonPath s = staff.query(STATEMENT, vars("c", customer));
        assertThat(s.getString("data.creditStatement.openingOwed")).isEqualTo("0.00");
        assertThat(s.getList("data.creditStatement.lines.reason")).containsExactly("CREDIT_CHARGE", "CREDIT_REPAYMENT");
        assertThat(s.getList("data.creditStatement.lines.method")).containsExactly(null, "WECHAT_PAY");
        assertThat(s.getString("data.creditStatement.lines[0].orderNumber")).isEqualTo("SO-G-" + customer);
        assertThat(s.getString("data.creditStatement.closingOwed")).isEqualTo("379.50");
        assertThat(s.getString("data.creditStatement.creditAvailable")).isEqualTo("420.50");

        JsonPath bad = staff.query(STATEMENT, vars("c", customer, "from", "2026-06-02", "to", "2026-06-01"));
        assertThat(bad.getString("errors[0].extensions.errorCode")).isEqualTo("WALLET_STATEMENT_PERIOD_INVALID");
    }

    @Test
    void customers_read_their_own_statement_only() {
        String customer = Api.createCustomer(Api.randomPhone());
        GraphQLClient zhang = GraphQLClient.user(Tokens.CUSTOMER);

        JsonPath mine = zhang.query(MINE);
        assertThat(mine.getString("data.myCreditStatement.closingOwed")).isNotNull();
        assertThat(zhang.query(STATEMENT, vars("c", customer)).getString("errors[0].extensions.errorCode"))
                .isEqualTo("FORBIDDEN");
        assertThat(GraphQLClient.user(Tokens.ACME_ADMIN).query(STATEMENT, vars("c", customer))
                .getString("data.creditStatement")).isNull();
        JsonPath byCustomer = zhang.query(REPAY, vars("c", customer, "in", vars("amount", "1.00", "method", "CASH")));
        assertThat(byCustomer.getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");
    }
}
