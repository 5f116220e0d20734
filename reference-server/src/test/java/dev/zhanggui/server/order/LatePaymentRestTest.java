package dev.zhanggui.server.order;

import dev.zhanggui.order.OrderJobs;
import dev.zhanggui.payment.PaymentId;
import dev.zhanggui.payment.PaymentRepository;
import dev.zhanggui.server.payment.SandboxPaymentGateway;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.ParallelCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.order.OrderRestData.MY_ORDERS;
import static dev.zhanggui.server.order.OrderRestData.ORDERS;
import static dev.zhanggui.server.order.OrderRestData.checkout;
import static dev.zhanggui.server.order.OrderRestData.line;
import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The customer's money arrives after the order was closed (关闭后到账): the gateway's callback is
 * acknowledged, the payment is recorded as paid and refunded to the payer through the sandbox with
 * a reason, the order message says so and the order stays closed; repeating the callback changes
 * nothing. A callback racing the close-unpaid job either pays the order or is refunded, never both.
 */
@QuarkusTest
class LatePaymentRestTest {
    private static final String CALLBACK = "/api/v1/payments/callbacks/sandbox";

    @Inject
    OrderJobs jobs;
    @Inject
    SandboxPaymentGateway sandbox;
    @Inject
    PaymentRepository payments;

    @Test
    void a_payment_for_an_order_the_job_closed_is_acknowledged_refunded_once_and_the_order_stays_closed() {
        String sku = OrderRestData.sku("18.80", 5);
        JsonPath order = onlineOrder(sku);
        String id = order.getString("id");
        JsonPath payment = startPayment(id);
        assertThat(jobs.closeUnpaid(Instant.now().plus(Duration.ofMinutes(31)))).isPositive();
        Api.asCustomer().get(MY_ORDERS + "/" + id).then().statusCode(200).body("status", equalTo("CLOSED"));

        JsonPath paid = Api.asCustomer().post("/api/v1/payments/sandbox/" + payment.getString("payment.outTradeNo")
                + "/pay").then().statusCode(200).body("callbackStatus", equalTo(200)).extract().jsonPath();
        assertThat(paid.getString("callbackAnswer")).contains("SUCCESS", "refunded", "ORDER_CLOSED");

        String paymentId = payment.getString("payment.id");
        Api.asStaff().get("/api/v1/payments/" + paymentId).then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("gatewayTradeNo", org.hamcrest.Matchers.notNullValue());
        JsonPath refund = Api.asStaff().get("/api/v1/payments/" + paymentId + "/refund").then().statusCode(200)
                .extract().jsonPath();
        assertThat(refund.getString("reason")).isEqualTo("ORDER_CLOSED");
        assertThat(refund.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(refund.getString("amount")).isEqualTo(payment.getString("payment.amount"));
        assertThat(refund.getString("outRefundNo")).isEqualTo("R" + payment.getString("payment.outTradeNo"));
        assertThat(refund.getString("gatewayRefundNo")).isNotBlank();
        assertThat(refund.getString("refundedAt")).isNotNull();
        Api.asCustomer().get("/api/v1/payments/" + paymentId + "/refund").then().spec(problem(403, "FORBIDDEN"));

        JsonPath closed = Api.asCustomer().get(MY_ORDERS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(closed.getString("status")).isEqualTo("CLOSED");
        assertThat(closed.getString("amountDue")).isEqualTo(payment.getString("payment.amount"));
        List<String> actions = events(id);
        assertThat(actions).containsExactly("PLACE", "CLOSE", "REFUND_LATE_PAYMENT");
        assertThat(OrderRestData.onHand(sku)).isEqualTo(5);

        // the gateway sends the same notification again: acknowledged, nothing more happens
        Response again = Api.anonymous().headers(paid.getMap("notificationHeaders"))
                .body(paid.getString("notificationBody")).post(CALLBACK);
        again.then().statusCode(200).body("code", equalTo("SUCCESS"));
        assertThat(events(id)).isEqualTo(actions);
        Api.asStaff().get("/api/v1/payments/" + paymentId + "/refund").then().statusCode(200)
                .body("attempts", equalTo(1)).body("status", equalTo("SUCCEEDED"));
        assertThat(Api.asStaff().get("/api/v1/payments/" + paymentId + "/notices").then().statusCode(200)
                .extract().jsonPath().getList("outcome")).containsExactly("DECLINED", "REPEATED");
    }

    @Test
    void a_payment_for_an_order_the_customer_cancelled_or_staff_voided_is_refunded_with_its_reason() {
        String sku = OrderRestData.sku("6.60", 10);
        JsonPath cancelled = onlineOrder(sku);
        JsonPath forCancelled = startPayment(cancelled.getString("id"));
        Api.asCustomer().post(MY_ORDERS + "/" + cancelled.getString("id") + "/cancel").then().statusCode(200)
                .body("status", equalTo("CLOSED"));
        JsonPath voided = onlineOrder(sku);
        JsonPath forVoided = startPayment(voided.getString("id"));
        Api.asStaff().body(Map.of("reason", "duplicate order")).post(ORDERS + "/" + voided.getString("id") + "/void")
                .then().statusCode(200).body("status", equalTo("VOIDED"));

        OrderTestData.sandboxPays(forCancelled.getString("payment.outTradeNo"));
        OrderTestData.sandboxPays(forVoided.getString("payment.outTradeNo"));

        assertThat(refundReason(forCancelled)).isEqualTo("ORDER_CLOSED");
        assertThat(refundReason(forVoided)).isEqualTo("ORDER_VOIDED");
        Api.asStaff().get(ORDERS + "/" + voided.getString("id")).then().statusCode(200)
                .body("status", equalTo("VOIDED"));
        assertThat(events(cancelled.getString("id"))).containsExactly("PLACE", "CANCEL", "REFUND_LATE_PAYMENT");
        assertThat(OrderRestData.onHand(sku)).isEqualTo(10);
    }

    @Test
    void callbacks_racing_the_close_job_either_pay_the_order_or_refund_the_payment_never_both() throws Exception {
        String sku = OrderRestData.sku("3.30", 20);
        int orders = 6;
        List<String> ids = new ArrayList<>();
        List<PaymentId> started = new ArrayList<>();
        for (int i = 0; i < orders; i++) {
            JsonPath order = onlineOrder(sku);
            ids.add(order.getString("id"));
            started.add(PaymentId.parse(startPayment(order.getString("id")).getString("payment.id")));
        }
        Instant later = Instant.now().plus(Duration.ofMinutes(31));

        List<Integer> answers = ParallelCalls.atOnce(orders + 1, i -> () -> {
            if (i == orders) {
                return jobs.closeUnpaid(later);
            }
            var payment = payments.find(OrderTestData.DEMO, started.get(i)).orElseThrow();
            SandboxPaymentGateway.SignedNotification n = sandbox.notificationOf(payment, payment.amount().minorUnits());
            return Api.anonymous().headers(n.headers()).body(n.body()).post(CALLBACK).statusCode();
        });

        assertThat(answers.subList(0, orders)).allSatisfy(status -> assertThat(status).isEqualTo(200));
        int paid = 0;
        for (int i = 0; i < orders; i++) {
            String status = Api.asCustomer().get(MY_ORDERS + "/" + ids.get(i)).then().statusCode(200)
                    .extract().jsonPath().getString("status");
            String paymentStatus = Api.asStaff().get("/api/v1/payments/" + started.get(i)).then().statusCode(200)
                    .extract().jsonPath().getString("status");
            int refund = Api.asStaff().get("/api/v1/payments/" + started.get(i) + "/refund").statusCode();
            if (status.equals("TO_SHIP")) {
                paid++;
                assertThat(paymentStatus).isEqualTo("PAID");
                assertThat(refund).isEqualTo(404);
                assertThat(events(ids.get(i))).containsExactly("PLACE", "PAY");
            } else {
                assertThat(status).isEqualTo("CLOSED");
                assertThat(paymentStatus).isEqualTo("REFUNDED");
                assertThat(refund).isEqualTo(200);
                assertThat(events(ids.get(i))).containsExactly("PLACE", "CLOSE", "REFUND_LATE_PAYMENT");
            }
        }
        // what the closed orders held went back once; the paid ones keep theirs
        assertThat(OrderRestData.onHand(sku)).isEqualTo(20 - paid);
        assertThat(jobs.closeUnpaid(later)).isZero();
    }

    private static JsonPath onlineOrder(String sku) {
        return OrderRestData.placed(Api.asCustomer(), checkout(List.of(line(sku, 1)), OrderRestData.carrier(),
                "ONLINE", "useBalance", false));
    }

    private static JsonPath startPayment(String orderId) {
        return Api.asCustomer().post(MY_ORDERS + "/" + orderId + "/payments").then().statusCode(201)
                .extract().jsonPath();
    }

    private static List<String> events(String orderId) {
        return Api.asCustomer().get(MY_ORDERS + "/" + orderId + "/events").then().statusCode(200).extract().jsonPath()
                .getList("items.action");
    }

    private static String refundReason(JsonPath payment) {
        return Api.asStaff().get("/api/v1/payments/" + payment.getString("payment.id") + "/refund").then()
                .statusCode(200).extract().jsonPath().getString("reason");
    }
}
