package dev.zhanggui.server.wallet;

import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/** Member wallets (会员储值) over REST: staff top up, debit, freeze; customers read only their own. */
@QuarkusTest
class WalletRestTest {
    static String wallet(String customerId) {
        return Api.CUSTOMERS + "/" + customerId + "/wallet";
    }

    static Map<String, Object> credit(String reason, String amount, String bonus, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("reason", reason);
        body.put("amount", amount);
        body.put("bonus", bonus);
        body.put("note", note);
        return body;
    }

    static Map<String, Object> debit(String amount, String note) {
        Map<String, Object> body = new HashMap<>();
        body.put("amount", amount);
        body.put("note", note);
        return body;
    }

    private static BigDecimal myBalance() {
        return new BigDecimal(Api.asCustomer().get(Api.ME + "/wallet").then().statusCode(200)
                .extract().<String>path("balance"));
    }

    @Test
    void staff_top_up_with_bonus_and_debit_and_the_customer_sees_it_in_their_own_wallet() {
        String zhang = Api.asCustomer().get(Api.ME).then().statusCode(200).extract().path("id");
        BigDecimal before = myBalance();
        String key = "topup-" + UUID.randomUUID();

        JsonPath topUp = Api.asStaff().header("Idempotency-Key", key)
                .body(credit("TOPUP", "200.00", "30.00", "面对面办理 现金")).post(wallet(zhang) + "/credits")
                .then().statusCode(201).extract().jsonPath();
        assertThat(topUp.getList("entries.reason")).containsExactly("TOPUP", "TOPUP_BONUS");
        assertThat(topUp.getList("entries.amount")).containsExactly("200.00", "30.00");
        assertThat(topUp.getList("entries.subBalance")).containsExactly("PRINCIPAL", "BONUS");
        assertThat(new BigDecimal(topUp.getString("wallet.balance"))).isEqualByComparingTo(before.add(new BigDecimal("230")));

        Response replay = Api.asStaff().header("Idempotency-Key", key)
                .body(credit("TOPUP", "200.00", "30.00", "面对面办理 现金")).post(wallet(zhang) + "/credits");
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(myBalance()).isEqualByComparingTo(before.add(new BigDecimal("230")));

        Api.asStaff().header("Idempotency-Key", "debit-" + UUID.randomUUID())
                .body(debit("38.00", "店内消费 划卡")).post(wallet(zhang) + "/debits")
                .then().statusCode(201).body("entries[0].reason", equalTo("STAFF_DEBIT"))
                .body("entries[0].amount", equalTo("-38.00"));

        Api.asCustomer().get(Api.ME + "/wallet").then().statusCode(200)
                .header("ETag", notNullValue()).body("customerId", equalTo(zhang)).body("currency", equalTo("CNY"));
        assertThat(myBalance()).isEqualByComparingTo(before.add(new BigDecimal("192")));
        Api.asCustomer().queryParam("reason", "STAFF_DEBIT").queryParam("limit", 1).get(Api.ME + "/wallet/entries")
                .then().statusCode(200).body("items[0].amount", equalTo("-38.00"))
                .body("items[0].note", equalTo("店内消费 划卡")).body("items[0].asset", equalTo("BALANCE"));
        JsonPath firstPage = Api.asCustomer().queryParam("limit", 1).get(Api.ME + "/wallet/entries")
                .then().statusCode(200).body("items[0].reason", equalTo("STAFF_DEBIT")).extract().jsonPath();
        Api.asCustomer().queryParam("limit", 1).queryParam("after", firstPage.getString("next"))
                .get(Api.ME + "/wallet/entries").then().statusCode(200)
                .body("items[0].reason", equalTo("TOPUP_BONUS"));
        JsonPath topUps = Api.asCustomer().queryParam("reason", "TOPUP_BONUS").queryParam("from", "2020-01-01T00:00:00Z")
                .get(Api.ME + "/wallet/entries").then().statusCode(200).extract().jsonPath();
        assertThat(topUps.getList("items.reason")).isNotEmpty().containsOnly("TOPUP_BONUS");
        Api.asCustomer().queryParam("asset", "POINTS").queryParam("to", "2000-01-01T00:00:00Z")
                .get(Api.ME + "/wallet/entries").then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void bad_filters_and_amounts_are_refused_with_stable_codes() {
        String customer = Api.createCustomer(Api.randomPhone());
        Api.asCustomer().queryParam("reason", "NOPE").get(Api.ME + "/wallet/entries")
                .then().spec(problem(400, "WALLET_REASON_INVALID"));
        Api.asCustomer().queryParam("from", "yesterday").get(Api.ME + "/wallet/entries")
                .then().spec(problem(400, "VALIDATION_FAILED"));
        Api.asCustomer().queryParam("limit", 0).get(Api.ME + "/wallet/entries")
                .then().spec(problem(400, "PAGE_LIMIT_INVALID"));
        Api.asCustomer().queryParam("after", "!!!").get(Api.ME + "/wallet/entries")
                .then().spec(problem(400, "PAGE_CURSOR_INVALID"));
        Api.asStaff().body(debit("1.234", null)).post(wallet(customer) + "/debits")
                .then().spec(problem(400, "WALLET_AMOUNT_INVALID"));
        Api.asStaff().body(debit("-5.00", null)).post(wallet(customer) + "/debits")
                .then().spec(problem(400, "WALLET_AMOUNT_INVALID"));
        Api.asStaff().body(credit("ORDER_PAYMENT", "5.00", null, null)).post(wallet(customer) + "/credits")
                .then().spec(problem(400, "WALLET_REASON_INVALID"));
        Api.asStaff().body(credit("TOPUP", null, null, null)).post(wallet(customer) + "/credits")
                .then().spec(problem(400, "WALLET_AMOUNT_INVALID"));
        Api.asStaff().body(credit("TOPUP", "5.00", null, "x".repeat(201))).post(wallet(customer) + "/credits")
                .then().spec(problem(400, "WALLET_NOTE_INVALID"));
        Api.asStaff().body(debit("1.00", null)).post(wallet(customer) + "/debits")
                .then().spec(problem(422, "WALLET_INSUFFICIENT_BALANCE"));
    }

    @Test
    void a_frozen_wallet_refuses_debits_until_unfrozen() {
        String customer = Api.createCustomer(Api.randomPhone());
        Api.asStaff().body(credit("DEPOSIT_CONFIRMED", "50.00", null, "银行转账")).post(wallet(customer) + "/credits")
                .then().statusCode(201);

        Api.asStaff().post(wallet(customer) + "/freeze").then().statusCode(200).body("frozen", equalTo(true));
        Api.asStaff().body(debit("1.00", "划卡")).post(wallet(customer) + "/debits")
                .then().spec(problem(422, "WALLET_FROZEN"));
        Api.asStaff().body(credit("STAFF_CREDIT", "1.00", null, "补偿")).post(wallet(customer) + "/credits")
                .then().statusCode(201);
        Api.asStaff().post(wallet(customer) + "/unfreeze").then().statusCode(200).body("frozen", equalTo(false));

        Api.asStaff().body(debit("51.01", "划卡")).post(wallet(customer) + "/debits")
                .then().spec(problem(422, "WALLET_INSUFFICIENT_BALANCE"));
        Api.asStaff().body(debit("51.00", "划卡")).post(wallet(customer) + "/debits").then().statusCode(201)
                .body("wallet.balance", equalTo("0.00"));
    }

    @Test
    void a_correction_links_the_entry_it_corrects() {
        String customer = Api.createCustomer(Api.randomPhone());
        String wrong = Api.asStaff().body(credit("TOPUP", "1000.00", null, "录错")).post(wallet(customer) + "/credits")
                .then().statusCode(201).extract().path("entries[0].id");
        Map<String, Object> fix = debit("900.00", "多录了一个零");
        fix.put("reason", "ADJUSTMENT");
        fix.put("corrects", wrong);

        Api.asAdmin().body(fix).post(wallet(customer) + "/debits").then().statusCode(201)
                .body("entries[0].corrects", equalTo(wrong)).body("wallet.balance", equalTo("100.00"));
        fix.put("corrects", UUID.randomUUID().toString());
        Api.asAdmin().body(fix).post(wallet(customer) + "/debits").then().spec(problem(404, "WALLET_ENTRY_NOT_FOUND"));
        Api.asAdmin().queryParam("reason", "ADJUSTMENT").get(wallet(customer) + "/entries").then().statusCode(200)
                .body("items.size()", equalTo(1));
    }

    @Test
    void credit_limit_is_set_by_admins_with_if_match() {
        String customer = Api.createCustomer(Api.randomPhone());
        String etag = Api.asAdmin().get(wallet(customer)).then().statusCode(200).extract().header("ETag");

        Api.asAdmin().header("If-Match", "\"999\"").body(Map.of("limit", "5000.00"))
                .put(Api.CUSTOMERS + "/" + customer + "/credit-limit").then().spec(problem(412, "VERSION_MISMATCH"));
        Api.asAdmin().header("If-Match", etag).body(Map.of("limit", "5000.00"))
                .put(Api.CUSTOMERS + "/" + customer + "/credit-limit").then().statusCode(200)
                .body("creditLimit", equalTo("5000.00")).body("creditAvailable", equalTo("5000.00"));
        Api.asAdmin().body(Map.of("limit", "abc")).put(Api.CUSTOMERS + "/" + customer + "/credit-limit")
                .then().spec(problem(400, "WALLET_AMOUNT_INVALID"));
        Api.asStaff().body(Map.of("limit", "1.00")).put(Api.CUSTOMERS + "/" + customer + "/credit-limit")
                .then().statusCode(403);
    }

    @Test
    void only_the_merchants_staff_reach_a_members_wallet() {
        String customer = Api.createCustomer(Api.randomPhone());

        Api.asCustomer().get(wallet(customer)).then().statusCode(403);
        Api.asCustomer().body(credit("TOPUP", "1.00", null, null)).post(wallet(customer) + "/credits")
                .then().statusCode(403);
        Api.anonymous().get(Api.ME + "/wallet").then().statusCode(401);
        Api.asAdmin().get(Api.ME + "/wallet").then().statusCode(403);
        Api.asAcmeAdmin().get(wallet(customer)).then().spec(problem(404, "CUSTOMER_NOT_FOUND"));
        Api.asAcmeAdmin().body(credit("TOPUP", "1.00", null, null)).post(wallet(customer) + "/credits")
                .then().spec(problem(404, "CUSTOMER_NOT_FOUND"));
        Api.asAdmin().get(wallet(UUID.randomUUID().toString())).then().spec(problem(404, "CUSTOMER_NOT_FOUND"));
        Api.asAdmin().get(wallet("not-a-uuid")).then().spec(problem(404, "CUSTOMER_NOT_FOUND"));
        Api.asIntegration().get(wallet(customer)).then().statusCode(200).body("balance", equalTo("0.00"));
        Api.asStaff().post("/api/v1/wallets/reconciliation").then().statusCode(403);
    }

    @Test
    void reconciliation_finds_no_drift() {
        String customer = Api.createCustomer(Api.randomPhone());
        Api.asStaff().body(credit("TOPUP", "100.00", "10.00", null)).post(wallet(customer) + "/credits")
                .then().statusCode(201);
        Api.asAdmin().post("/api/v1/wallets/reconciliation").then().statusCode(200)
                .body("balanced", equalTo(true)).body("drifts.size()", equalTo(0)).body("merchant", equalTo("demo"));
    }
}
