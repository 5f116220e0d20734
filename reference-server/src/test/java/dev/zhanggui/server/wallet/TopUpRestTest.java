package dev.zhanggui.server.wallet;

import dev.zhanggui.payment.Payment;
import dev.zhanggui.payment.PaymentRepository;
import dev.zhanggui.server.payment.SandboxPaymentGateway;
import dev.zhanggui.server.payment.SandboxPaymentGateway.SignedNotification;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.ParallelCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * 在线充值 through the sandbox gateway: a plan, a top-up, the sandbox pays it, its signed callback
 * credits principal and bonus once; repeated, tampered and wrong-amount callbacks change nothing.
 */
@QuarkusTest
class TopUpRestTest {
    static final String PLANS = "/api/v1/topup-plans";
    static final String CALLBACK = "/api/v1/payments/callbacks/sandbox";

    @Inject
    SandboxPaymentGateway sandbox;
    @Inject
    PaymentRepository payments;

    /** A plan of an amount no other test uses, so that "the plan of this amount" is this one. */
    static JsonPath newPlan(String bonus) {
        String amount = ThreadLocalRandom.current().nextInt(100, 100_000) + "." + String.format("%02d",
                ThreadLocalRandom.current().nextInt(1, 100));
        Map<String, Object> body = new HashMap<>();
        body.put("name", "充值 " + UUID.randomUUID().toString().substring(0, 8));
        body.put("amount", amount);
        body.put("bonus", bonus);
        return Api.asAdmin().body(body).post(PLANS).then().statusCode(201).extract().jsonPath();
    }

    static JsonPath startTopUp(String planId, String amount) {
        Map<String, Object> body = new HashMap<>();
        body.put("planId", planId);
        body.put("amount", amount);
        return Api.asCustomer().body(body).post(Api.ME + "/topups").then().statusCode(201).extract().jsonPath();
    }

    static BigDecimal balance() {
        return new BigDecimal(Api.asCustomer().get(Api.ME + "/wallet").then().statusCode(200)
                .extract().<String>path("balance"));
    }

    static JsonPath sandboxPay(String outTradeNo) {
        return Api.asCustomer().post("/api/v1/payments/sandbox/" + outTradeNo + "/pay")
                .then().statusCode(200).extract().jsonPath();
    }

    private static io.restassured.response.Response deliver(SignedNotification notification) {
        return Api.anonymous().headers(notification.headers()).body(notification.body()).post(CALLBACK);
    }

    private Payment payment(String outTradeNo) {
        return payments.findByOutTradeNo(outTradeNo).orElseThrow();
    }

    @Test
    void a_plan_top_up_paid_in_the_sandbox_credits_principal_and_bonus_once_even_when_the_callback_repeats() {
        JsonPath plan = newPlan("30.00");
        Api.asCustomer().get(PLANS).then().statusCode(200).body("id", hasItem(plan.getString("id")));
        BigDecimal before = balance();

        JsonPath topUp = startTopUp(plan.getString("id"), null);
        assertThat(topUp.getString("payment.status")).isEqualTo("PENDING");
        assertThat(topUp.getString("intent.prepayId")).startsWith("wx");
        assertThat(topUp.getString("bonus")).isEqualTo("30.00");
        String outTradeNo = topUp.getString("payment.outTradeNo");
        String paymentId = topUp.getString("payment.id");
        assertThat(balance()).isEqualByComparingTo(before);

        JsonPath paid = sandboxPay(outTradeNo);
        assertThat(paid.getInt("callbackStatus")).isEqualTo(200);
        BigDecimal credited = new BigDecimal(plan.getString("amount")).add(new BigDecimal("30.00"));
        assertThat(balance()).isEqualByComparingTo(before.add(credited));
        Api.asCustomer().get(Api.ME + "/payments/" + paymentId).then().statusCode(200)
                .body("status", equalTo("PAID")).body("gatewayTradeNo", startsWith("4200"));
        Api.asCustomer().queryParam("reason", "TOPUP_BONUS").queryParam("limit", 1).get(Api.ME + "/wallet/entries")
                .then().statusCode(200).body("items[0].operationKey", equalTo(paymentId))
                .body("items[0].amount", equalTo("30.00")).body("items[0].causeKind", equalTo("TOP_UP"));

        // The gateway retries the very same notification, and the sandbox is asked to pay again.
        Map<String, String> headers = paid.getMap("notificationHeaders");
        Api.anonymous().headers(headers).body(paid.getString("notificationBody")).post(CALLBACK)
                .then().statusCode(200).body("code", equalTo("SUCCESS"));
        assertThat(sandboxPay(outTradeNo).getInt("callbackStatus")).isEqualTo(200);
        assertThat(balance()).isEqualByComparingTo(before.add(credited));
        Api.asStaff().get("/api/v1/payments/" + paymentId + "/notices").then().statusCode(200)
                .body("outcome", equalTo(List.of("CONFIRMED", "REPEATED", "REPEATED")));
    }

    @Test
    void concurrent_copies_of_one_callback_credit_once() throws Exception {
        BigDecimal before = balance();
        JsonPath topUp = startTopUp(null, "12.34");
        String outTradeNo = topUp.getString("payment.outTradeNo");
        SignedNotification notification = sandbox.notificationOf(payment(outTradeNo), 1234);

        List<Integer> statuses = ParallelCalls.fire(8, () -> deliver(notification).statusCode());

        assertThat(statuses).containsOnly(200);
        assertThat(balance()).isEqualByComparingTo(before.add(new BigDecimal("12.34")));
    }

    @Test
    void a_tampered_or_unsigned_callback_is_refused_and_changes_nothing() {
        BigDecimal before = balance();
        JsonPath topUp = startTopUp(null, "20.00");
        String outTradeNo = topUp.getString("payment.outTradeNo");
        SignedNotification genuine = sandbox.notificationOf(payment(outTradeNo), 2000);

        Api.anonymous().headers(genuine.headers()).body(genuine.body().replace("2000", "2001")).post(CALLBACK)
                .then().spec(problem(401, "PAYMENT_SIGNATURE_INVALID"));
        Api.anonymous().body(genuine.body()).post(CALLBACK).then().spec(problem(401, "PAYMENT_SIGNATURE_INVALID"));
        Map<String, String> forged = new HashMap<>(genuine.headers());
        forged.put("Wechatpay-Signature", "AAAA" + genuine.headers().get("wechatpay-signature").substring(4));
        forged.remove("wechatpay-signature");
        Api.anonymous().headers(forged).body(genuine.body()).post(CALLBACK)
                .then().spec(problem(401, "PAYMENT_SIGNATURE_INVALID"));
        Api.anonymous().headers(genuine.headers()).body(genuine.body()).post("/api/v1/payments/callbacks/alipay")
                .then().spec(problem(404, "PAYMENT_GATEWAY_UNKNOWN"));
        SignedNotification unreadable = sandbox.signed("{not json");
        deliver(unreadable).then().spec(problem(400, "PAYMENT_NOTIFICATION_INVALID"));

        assertThat(balance()).isEqualByComparingTo(before);
        Api.asCustomer().get(Api.ME + "/payments/" + topUp.getString("payment.id")).then().statusCode(200)
                .body("status", equalTo("PENDING"));
        deliver(genuine).then().statusCode(200);
        assertThat(balance()).isEqualByComparingTo(before.add(new BigDecimal("20.00")));
    }

    @Test
    void a_callback_with_a_wrong_amount_is_refused_and_recorded() {
        BigDecimal before = balance();
        JsonPath topUp = startTopUp(null, "50.00");
        String outTradeNo = topUp.getString("payment.outTradeNo");
        String paymentId = topUp.getString("payment.id");

        deliver(sandbox.notificationOf(payment(outTradeNo), 1)).then().spec(problem(422, "PAYMENT_AMOUNT_MISMATCH"));

        assertThat(balance()).isEqualByComparingTo(before);
        Api.asStaff().get("/api/v1/payments/" + paymentId + "/notices").then().statusCode(200)
                .body("outcome", equalTo(List.of("AMOUNT_MISMATCH"))).body("amount[0]", equalTo("0.01"));
        Api.asStaff().get("/api/v1/payments/" + paymentId).then().statusCode(200).body("status", equalTo("PENDING"));
        sandboxPay(outTradeNo);
        assertThat(balance()).isEqualByComparingTo(before.add(new BigDecimal("50.00")));
    }

    @Test
    void plans_are_kept_by_admins_and_customers_see_only_active_ones() {
        JsonPath plan = newPlan("10.00");
        String id = plan.getString("id");
        Map<String, Object> hide = new HashMap<>();
        hide.put("name", "下架");
        hide.put("amount", plan.getString("amount"));
        hide.put("bonus", "5.00");
        hide.put("active", false);

        Api.asAdmin().header("If-Match", "\"7\"").body(hide).put(PLANS + "/" + id)
                .then().spec(problem(412, "VERSION_MISMATCH"));
        Api.asAdmin().header("If-Match", "\"0\"").body(hide).put(PLANS + "/" + id).then().statusCode(200)
                .body("active", equalTo(false)).body("bonus", equalTo("5.00")).body("version", equalTo(1));
        Api.asCustomer().get(PLANS).then().statusCode(200).body("id", not(hasItem(id)));
        Api.anonymous().header("X-Merchant", "demo").get(PLANS).then().statusCode(200).body("id", not(hasItem(id)));
        Api.asAdmin().get(PLANS).then().statusCode(200).body("id", hasItem(id));
        Api.asCustomer().body(Map.of("planId", id)).post(Api.ME + "/topups")
                .then().spec(problem(404, "TOPUP_PLAN_NOT_FOUND"));
        Api.asAcmeAdmin().get(PLANS + "/" + id).then().spec(problem(404, "TOPUP_PLAN_NOT_FOUND"));

        Map<String, Object> invalid = new HashMap<>(hide);
        invalid.put("bonus", "99999999.00");
        Api.asAdmin().body(invalid).post(PLANS).then().spec(problem(400, "TOPUP_PLAN_INVALID"));
        Api.asCustomer().body(hide).post(PLANS).then().statusCode(403);
        Api.asStaff().delete(PLANS + "/" + id).then().statusCode(403);
        Api.asAdmin().delete(PLANS + "/" + id).then().statusCode(204);
        Api.asAdmin().get(PLANS + "/" + id).then().spec(problem(404, "TOPUP_PLAN_NOT_FOUND"));
    }

    @Test
    void top_ups_and_payments_belong_to_their_customer() {
        Api.asCustomer().body(Map.of()).post(Api.ME + "/topups").then().spec(problem(400, "TOPUP_INVALID"));
        Api.asCustomer().body(Map.of("amount", "1e9")).post(Api.ME + "/topups")
                .then().spec(problem(400, "WALLET_AMOUNT_INVALID"));
        Api.asStaff().body(Map.of("amount", "10.00")).post(Api.ME + "/topups").then().statusCode(403);
        JsonPath topUp = startTopUp(null, "10.00");
        String outTradeNo = topUp.getString("payment.outTradeNo");

        Api.asSecondCustomer().get(Api.ME + "/payments/" + topUp.getString("payment.id"))
                .then().spec(problem(404, "PAYMENT_NOT_FOUND"));
        Api.asSecondCustomer().post("/api/v1/payments/sandbox/" + outTradeNo + "/pay")
                .then().spec(problem(404, "PAYMENT_NOT_FOUND"));
        Api.asAcmeAdmin().post("/api/v1/payments/sandbox/" + outTradeNo + "/pay")
                .then().spec(problem(404, "PAYMENT_NOT_FOUND"));
        Api.asAcmeAdmin().get("/api/v1/payments/" + topUp.getString("payment.id"))
                .then().spec(problem(404, "PAYMENT_NOT_FOUND"));
        Api.asCustomer().get(Api.ME + "/payments/not-a-uuid").then().spec(problem(404, "PAYMENT_NOT_FOUND"));
    }
}
