package dev.zhanggui.server.aftersale;

import dev.zhanggui.server.payment.SandboxPaymentGateway;
import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.aftersale.AfterSaleRestData.AFTER_SALES;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.ORDERS;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.asBuyer;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.requested;
import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * A gateway that answers a refund "processing" and notifies later, over HTTP: the sandbox holds the
 * refunds of one payment, staff refund, the request waits in REFUNDING with its online part pending;
 * the sandbox's signed refund notification reaches the refund callback and settles it, once; a
 * forged or unknown notification is refused with its code; a failed notification leaves the refund
 * among the unsettled ones, and the retry asks the gateway for the same refund number: the money
 * goes back once.
 */
@QuarkusTest
class GatewayRefundNotificationTest {
    static final String CALLBACK = "/api/v1/payments/callbacks/sandbox/refunds";

    @Inject
    SandboxPaymentGateway sandbox;

    record Processing(String orderId, String outTradeNo, String afterSaleId, JsonPath refunded) {
    }

    private Processing refundedWhileProcessing(String product) {
        String sku = AfterSaleRestData.sku(product, "25.00", 3);
        String orderId = AfterSaleRestData.placed(asBuyer(), List.of(AfterSaleRestData.line(sku, 2)),
                AfterSaleRestData.carrier()).getString("id");
        String outTradeNo = asBuyer().post(Api.ME + "/orders/" + orderId + "/payments").then().statusCode(201)
                .extract().path("payment.outTradeNo");
        asBuyer().post("/api/v1/payments/sandbox/" + outTradeNo + "/pay").then().statusCode(200)
                .body("callbackStatus", equalTo(200));
        asBuyer().post("/api/v1/payments/sandbox/refunds/payments/" + outTradeNo + "/processing").then().statusCode(403);
        Api.asStaff().post("/api/v1/payments/sandbox/refunds/payments/" + outTradeNo + "/processing")
                .then().statusCode(204);
        String id = requested(asBuyer(), orderId, "REFUND_ONLY", "NO_LONGER_WANTED", "lines",
                AfterSaleRestData.lines(0, 1)).getString("id");
        JsonPath refunded = AfterSaleRestData.staffStep(id, "refund", null);
        assertThat(refunded.getString("status")).isEqualTo("REFUNDING");
        assertThat(refunded.getList("refund.parts.destination")).containsExactly("PAYMENT_GATEWAY");
        assertThat(refunded.getList("refund.parts.status")).containsExactly("PENDING");
        return new Processing(orderId, outTradeNo, id, refunded);
    }

    private static JsonPath notifyBySandbox(String outRefundNo, boolean succeeded) {
        return Api.asStaff().body(Map.of("succeeded", succeeded))
                .post("/api/v1/payments/sandbox/refunds/" + outRefundNo + "/notify").then().statusCode(200)
                .extract().jsonPath();
    }

    @Test
    void a_processing_refund_is_settled_by_the_signed_notification_once() {
        Processing p = refundedWhileProcessing("退款通知茶叶");
        String refundId = p.refunded().getString("refundId");
        String outRefundNo = refundId.replace("-", "");
        Api.asStaff().get(ORDERS + "/" + p.orderId()).then().statusCode(200)
                .body("refunded.state", equalTo("NONE")).body("refunded.pending", equalTo("25.00"));
        assertThat(sandbox.refundedFen(p.outTradeNo())).isZero();
        Api.asStaff().post("/api/v1/refunds/" + refundId + "/retry").then()
                .spec(problem(409, "REFUND_NOT_RETRYABLE"));

        // forged, stale-less but wrongly signed, or naming no refund: refused, nothing changes
        SandboxPaymentGateway.SignedNotification genuine = sandbox.signed("""
                {"out_refund_no":"%s","refund_id":"5030x","refund_status":"SUCCESS","amount":{"refund":2500,"total":5000}}"""
                .formatted(outRefundNo));
        Map<String, String> forgedHeaders = new java.util.HashMap<>(genuine.headers());
        forgedHeaders.put(SandboxPaymentGateway.SIGNATURE, "forged");
        RestAssured.given().headers(forgedHeaders).contentType("application/json").body(genuine.body())
                .post(CALLBACK).then().spec(problem(401, "PAYMENT_SIGNATURE_INVALID"));
        SandboxPaymentGateway.SignedNotification unknown = sandbox.signed("""
                {"out_refund_no":"%s","refund_id":"5030x","refund_status":"SUCCESS","amount":{"refund":2500,"total":5000}}"""
                .formatted("f".repeat(32)));
        RestAssured.given().headers(unknown.headers()).contentType("application/json").body(unknown.body())
                .post(CALLBACK).then().spec(problem(404, "REFUND_NOT_FOUND"));
        SandboxPaymentGateway.SignedNotification wrongAmount = sandbox.signed("""
                {"out_refund_no":"%s","refund_id":"5030x","refund_status":"SUCCESS","amount":{"refund":2499,"total":5000}}"""
                .formatted(outRefundNo));
        RestAssured.given().headers(wrongAmount.headers()).contentType("application/json").body(wrongAmount.body())
                .post(CALLBACK).then().spec(problem(422, "PAYMENT_AMOUNT_MISMATCH"));
        Api.asStaff().get("/api/v1/refunds/" + refundId).then().statusCode(200).body("status", equalTo("PENDING"));

        JsonPath sent = notifyBySandbox(outRefundNo, true);
        assertThat(sent.getInt("callbackStatus")).isEqualTo(200);
        assertThat(sent.getString("callbackAnswer")).contains("SUCCEEDED");
        JsonPath settled = Api.asStaff().get("/api/v1/refunds/" + refundId).then().statusCode(200)
                .body("status", equalTo("SUCCEEDED")).body("parts[0].status", equalTo("SUCCEEDED"))
                .extract().jsonPath();
        Api.asStaff().get(AFTER_SALES + "/" + p.afterSaleId()).then().statusCode(200)
                .body("status", equalTo("REFUNDED"));
        Api.asStaff().get(ORDERS + "/" + p.orderId()).then().statusCode(200)
                .body("refunded.state", equalTo("PARTIALLY_REFUNDED")).body("refunded.online", equalTo("25.00"))
                .body("refunded.pending", equalTo("0.00"));

        // the gateway notifies again: answered as a success, nothing changes
        RestAssured.given().headers(sent.<String, String>getMap("notificationHeaders")).contentType("application/json")
                .body(sent.getString("notificationBody")).post(CALLBACK).then().statusCode(200)
                .body("code", equalTo("SUCCESS")).body("status", equalTo("SUCCEEDED"));
        assertThat(Api.asStaff().get("/api/v1/refunds/" + refundId).then().statusCode(200).extract().jsonPath()
                .getList("parts")).isEqualTo(settled.getList("parts"));
        assertThat(sandbox.refundedFen(p.outTradeNo())).isEqualTo(2500);
    }

    @Test
    void a_failed_notification_leaves_the_refund_to_retry_and_the_money_goes_back_once() {
        Processing p = refundedWhileProcessing("退款失败茶叶");
        String refundId = p.refunded().getString("refundId");
        String outRefundNo = refundId.replace("-", "");

        JsonPath failed = notifyBySandbox(outRefundNo, false);
        assertThat(failed.getInt("callbackStatus")).isEqualTo(200);
        Api.asStaff().get("/api/v1/refunds/" + refundId).then().statusCode(200).body("status", equalTo("FAILED"))
                .body("parts[0].outcome", org.hamcrest.Matchers.startsWith("REFUND_GATEWAY_FAILED"));
        List<String> unsettled = Api.asStaff().get("/api/v1/refunds/unsettled").then().statusCode(200).extract()
                .path("items.id");
        assertThat(unsettled).contains(refundId);
        Api.asStaff().get(AFTER_SALES + "/" + p.afterSaleId()).then().statusCode(200)
                .body("status", equalTo("REFUNDING"));
        // the same failure again changes nothing
        RestAssured.given().headers(failed.<String, String>getMap("notificationHeaders")).contentType("application/json")
                .body(failed.getString("notificationBody")).post(CALLBACK).then().statusCode(200)
                .body("status", equalTo("FAILED"));

        // retried with the same refund number: processing again, then notified done
        Api.asStaff().post("/api/v1/refunds/" + refundId + "/retry").then().statusCode(200)
                .body("status", equalTo("PENDING")).body("parts[0].attempts", equalTo(2));
        assertThat(sandbox.refundOf(outRefundNo).orElseThrow().status())
                .isEqualTo(SandboxPaymentGateway.SandboxRefund.Status.PROCESSING);
        notifyBySandbox(outRefundNo, true);
        Api.asStaff().get("/api/v1/refunds/" + refundId).then().statusCode(200).body("status", equalTo("SUCCEEDED"));
        Api.asStaff().get(AFTER_SALES + "/" + p.afterSaleId()).then().statusCode(200)
                .body("status", equalTo("REFUNDED"));
        List<String> after = Api.asStaff().get("/api/v1/refunds/unsettled").then().statusCode(200).extract()
                .path("items.id");
        assertThat(after).doesNotContain(refundId);
        // a retry now has nothing to do, and the sandbox paid the refund once
        Api.asStaff().post("/api/v1/refunds/" + refundId + "/retry").then()
                .spec(problem(409, "REFUND_NOT_RETRYABLE"));
        assertThat(sandbox.refundedFen(p.outTradeNo())).isEqualTo(2500);
    }
}
