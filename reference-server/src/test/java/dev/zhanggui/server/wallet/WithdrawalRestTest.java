package dev.zhanggui.server.wallet;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** 提现 over REST and GraphQL: principal held on request, released on rejection, paid after approval. */
@QuarkusTest
class WithdrawalRestTest {
    static final String MINE = Api.ME + "/withdrawals";
    static final String STAFF = "/api/v1/withdrawals";

    private static BigDecimal principal() {
        return new BigDecimal(Api.asCustomer().get(Api.ME + "/wallet").then().statusCode(200)
                .extract().<String>path("principal"));
    }

    private static void topUpPrincipal(String amount) {
        String me = Api.asCustomer().get(Api.ME).then().statusCode(200).extract().path("id");
        Api.asStaff().header("Idempotency-Key", "wd-topup-" + UUID.randomUUID())
                .body(WalletRestTest.credit("TOPUP", amount, null, "现金")).post(WalletRestTest.wallet(me) + "/credits")
                .then().statusCode(201);
    }

    private static JsonPath request(String amount) {
        return Api.asCustomer().body(Map.of("amount", amount)).post(MINE).then().statusCode(201)
                .body("status", equalTo("REQUESTED")).extract().jsonPath();
    }

    @Test
    void requested_approved_paid_and_requested_rejected_released() {
        topUpPrincipal("100.00");
        BigDecimal before = principal();

        String paid = request("30.00").getString("id");
        String rejected = request("20.00").getString("id");
        assertThat(principal()).isEqualByComparingTo(before.subtract(new BigDecimal("50.00")));

        Api.asStaff().queryParam("status", "REQUESTED").queryParam("limit", 100).get(STAFF).then().statusCode(200)
                .body("items.id", hasItem(paid));
        Api.asStaff().post(STAFF + "/" + paid + "/pay").then().spec(problem(409, "WITHDRAWAL_INVALID_TRANSITION"));
        Api.asStaff().post(STAFF + "/" + paid + "/approve").then().statusCode(200).body("status", equalTo("APPROVED"));
        Api.asStaff().body(Map.of()).post(STAFF + "/" + paid + "/pay")
                .then().spec(problem(400, "WITHDRAWAL_PAYOUT_REFERENCE_REQUIRED"));
        Api.asStaff().body(Map.of("reference", "BANK-001")).post(STAFF + "/" + paid + "/pay").then().statusCode(200)
                .body("status", equalTo("PAID")).body("note", equalTo("BANK-001"));
        Api.asStaff().body(Map.of("reason", "")).post(STAFF + "/" + rejected + "/reject")
                .then().spec(problem(400, "WITHDRAWAL_REASON_REQUIRED"));
        Api.asStaff().body(Map.of("reason", "银行卡信息有误")).post(STAFF + "/" + rejected + "/reject").then()
                .statusCode(200).body("status", equalTo("REJECTED"));

        assertThat(principal()).isEqualByComparingTo(before.subtract(new BigDecimal("30.00")));
        Api.asCustomer().get(MINE + "/" + rejected).then().statusCode(200).body("note", equalTo("银行卡信息有误"));
        Api.asCustomer().queryParam("reason", "WITHDRAWAL_RELEASE").queryParam("limit", 1)
                .get(Api.ME + "/wallet/entries").then().statusCode(200).body("items[0].amount", equalTo("20.00"));
        Api.asAdmin().post("/api/v1/wallets/reconciliation").then().statusCode(200).body("balanced", equalTo(true));
    }

    @Test
    void refusals_and_access() {
        topUpPrincipal("5.00");
        Api.asCustomer().body(Map.of("amount", "0.50")).post(MINE).then().spec(problem(400, "WITHDRAWAL_BELOW_MINIMUM"));
        Api.asCustomer().body(Map.of("amount", "99999999.00")).post(MINE)
                .then().spec(problem(422, "WALLET_INSUFFICIENT_BALANCE"));
        String id = request("2.00").getString("id");

        Api.asCustomer().post(STAFF + "/" + id + "/approve").then().statusCode(403);
        Api.asSecondCustomer().get(MINE + "/" + id).then().spec(problem(404, "WITHDRAWAL_NOT_FOUND"));
        Api.asAcmeAdmin().post(STAFF + "/" + id + "/approve").then().spec(problem(404, "WITHDRAWAL_NOT_FOUND"));
        Api.asStaff().queryParam("status", "LOST").get(STAFF).then().spec(problem(400, "VALIDATION_FAILED"));

        GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
        JsonPath rejected = staff.mutate("mutation($id: ID!) { rejectWithdrawal(id: $id, reason: \"测试\")"
                + " { withdrawal { status actions } errors { code } } }", Map.of("id", id));
        assertThat(GraphQLClient.errorCodes(rejected, "data.rejectWithdrawal")).isEmpty();
        assertThat(rejected.getString("data.rejectWithdrawal.withdrawal.status")).isEqualTo("REJECTED");
        JsonPath again = staff.mutate("mutation($id: ID!) { approveWithdrawal(id: $id) { errors { code } } }",
                Map.of("id", id));
        assertThat(GraphQLClient.errorCodes(again, "data.approveWithdrawal"))
                .containsExactly("WITHDRAWAL_INVALID_TRANSITION");
        GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER);
        JsonPath requested = customer.mutate("mutation { requestWithdrawal(amount: \"1.00\")"
                + " { withdrawal { id status } errors { code } } }", Map.of());
        assertThat(requested.getString("data.requestWithdrawal.withdrawal.status")).isEqualTo("REQUESTED");
        assertThat(customer.query("{ myWithdrawals { id } }").getList("data.myWithdrawals.id"))
                .contains(requested.getString("data.requestWithdrawal.withdrawal.id"));
        JsonPath paidTooEarly = staff.mutate("mutation($id: ID!) { markWithdrawalPaid(id: $id, reference: \"x\")"
                + " { errors { code } } }", Map.of("id", requested.getString("data.requestWithdrawal.withdrawal.id")));
        assertThat(GraphQLClient.errorCodes(paidTooEarly, "data.markWithdrawalPaid"))
                .containsExactly("WITHDRAWAL_INVALID_TRANSITION");
    }
}
