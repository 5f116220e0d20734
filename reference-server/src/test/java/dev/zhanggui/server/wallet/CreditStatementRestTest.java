package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.WalletPaymentService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Credit repayments (还款) and statements (授信对账单) over REST. */
@QuarkusTest
class CreditStatementRestTest {
    private static final Actor CHECKOUT = Actor.system(MerchantId.of("demo"), "checkout");

    @Inject
    WalletPaymentService payments;

    static String statement(String customer) {
        return Api.CUSTOMERS + "/" + customer + "/credit-statement";
    }

    static String repayments(String customer) {
        return Api.CUSTOMERS + "/" + customer + "/wallet/credit-repayments";
    }

    @Test
    void staff_record_repayments_and_the_statement_lists_charges_repayments_and_refunds() {
        String customer = Api.createCustomer(Api.randomPhone());
        Api.asAdmin().body(Map.of("limit", "5000.00")).put(Api.CUSTOMERS + "/" + customer + "/credit-limit")
                .then().statusCode(200);
        CustomerId id = CustomerId.parse(customer);
        // charged by checkout of two orders on credit (授信支付), one of them released
        payments.chargeCredit(CHECKOUT, id, "SO-A-" + customer, Money.of("1200.00"), "c-a");
        payments.chargeCredit(CHECKOUT, id, "SO-B-" + customer, Money.of("300.25"), "c-b");
        payments.returnCredit(CHECKOUT, id, dev.zhanggui.wallet.Cause.order("SO-B-" + customer), Money.of("300.25"),
                java.util.Optional.of("order released"), "c-b:return");
        String key = "repay-" + UUID.randomUUID();
        Map<String, Object> repayment = Map.of("amount", "1000.00", "method", "BANK_TRANSFER", "note", "工行 8812");

        JsonPath repaid = Api.asStaff().header("Idempotency-Key", key).body(repayment).post(repayments(customer))
                .then().statusCode(201).extract().jsonPath();
        assertThat(repaid.getString("entries[0].reason")).isEqualTo("CREDIT_REPAYMENT");
        assertThat(repaid.getString("entries[0].amount")).isEqualTo("-1000.00");
        assertThat(repaid.getString("entries[0].causeKind")).isEqualTo("REPAYMENT");
        assertThat(repaid.getString("wallet.creditInUse")).isEqualTo("200.00");
        Api.asStaff().header("Idempotency-Key", key).body(repayment).post(repayments(customer))
                .then().statusCode(201).body("wallet.creditInUse", equalTo("200.00"));

        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        JsonPath s = Api.asStaff().queryParam("from", today).queryParam("to", today).get(statement(customer))
                .then().statusCode(200).extract().jsonPath();
        assertThat(s.getString("openingOwed")).isEqualTo("0.00");
        assertThat(s.getList("lines.reason")).containsExactly("CREDIT_CHARGE", "CREDIT_CHARGE", "CREDIT_REFUND",
                "CREDIT_REPAYMENT");
        assertThat(s.getList("lines.amount")).containsExactly("1200.00", "300.25", "-300.25", "-1000.00");
        assertThat(s.getList("lines.owedAfter")).containsExactly("1200.00", "1500.25", "1200.00", "200.00");
        assertThat(s.getString("lines[0].orderNumber")).isEqualTo("SO-A-" + customer);
        assertThat(s.getString("lines[0].date")).isEqualTo(today);
        assertThat(s.getString("lines[3].method")).isEqualTo("BANK_TRANSFER");
        assertThat(s.getString("lines[3].note")).isEqualTo("工行 8812");
        assertThat(s.getString("charged")).isEqualTo("1500.25");
        assertThat(s.getString("repaid")).isEqualTo("1000.00");
        assertThat(s.getString("refunded")).isEqualTo("300.25");
        assertThat(s.getString("closingOwed")).isEqualTo("200.00");
        assertThat(s.getString("creditLimit")).isEqualTo("5000.00");
        assertThat(s.getString("creditAvailable")).isEqualTo("4800.00");
        assertThat(s.getString("timeZone")).isEqualTo("Asia/Shanghai");

        String tomorrow = LocalDate.parse(today).plusDays(1).toString();
        Api.asAdmin().queryParam("from", tomorrow).queryParam("to", tomorrow).get(statement(customer))
                .then().statusCode(200).body("openingOwed", equalTo("200.00")).body("lines.size()", equalTo(0))
                .body("closingOwed", equalTo("200.00"));
    }

    @Test
    void repayments_and_periods_are_validated() {
        String customer = Api.createCustomer(Api.randomPhone());
        Api.asStaff().body(Map.of("amount", "0.01", "method", "CASH")).post(repayments(customer))
                .then().spec(problem(422, "WALLET_REPAYMENT_EXCEEDS_CREDIT_IN_USE"));
        Api.asStaff().body(Map.of("amount", "1.00", "method", "CHEQUE")).post(repayments(customer))
                .then().spec(problem(400, "WALLET_REPAYMENT_METHOD_INVALID"));
        Api.asStaff().body(Map.of("amount", "-1.00", "method", "CASH")).post(repayments(customer))
                .then().spec(problem(400, "WALLET_AMOUNT_INVALID"));
        Api.asStaff().queryParam("from", "2026-06-02").queryParam("to", "2026-06-01").get(statement(customer))
                .then().spec(problem(400, "WALLET_STATEMENT_PERIOD_INVALID"));
        Api.asStaff().queryParam("from", "2025-01-01").queryParam("to", "2026-06-01").get(statement(customer))
                .then().spec(problem(400, "WALLET_STATEMENT_PERIOD_INVALID"));
        Api.asStaff().queryParam("from", "June").get(statement(customer))
                .then().spec(problem(400, "WALLET_STATEMENT_PERIOD_INVALID"));
    }

    @Test
    void customers_read_only_their_own_statement_and_other_merchants_none() {
        String customer = Api.createCustomer(Api.randomPhone());

        JsonPath mine = Api.asCustomer().get(Api.ME + "/wallet/credit-statement").then().statusCode(200)
                .extract().jsonPath();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        assertThat(mine.getString("to")).isEqualTo(today);
        assertThat(mine.getString("from")).isEqualTo(LocalDate.parse(today).withDayOfMonth(1).toString());
        BigDecimal moved = mine.getList("lines.amount", String.class).stream().map(BigDecimal::new)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(new BigDecimal(mine.getString("openingOwed")).add(moved))
                .isEqualByComparingTo(new BigDecimal(mine.getString("closingOwed")));

        Api.asCustomer().get(statement(customer)).then().statusCode(403);
        Api.asCustomer().body(Map.of("amount", "1.00", "method", "CASH")).post(repayments(customer))
                .then().statusCode(403);
        Api.anonymous().get(Api.ME + "/wallet/credit-statement").then().statusCode(401);
        Api.asAcmeAdmin().get(statement(customer)).then().spec(problem(404, "CUSTOMER_NOT_FOUND"));
        Api.asIntegration().get(statement(customer)).then().statusCode(200).body("closingOwed", equalTo("0.00"));
    }
}
