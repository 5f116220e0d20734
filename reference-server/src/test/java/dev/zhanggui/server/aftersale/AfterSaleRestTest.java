package dev.zhanggui.server.aftersale;

import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.aftersale.AfterSaleRestData.AFTER_SALES;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.ME_AFTER_SALES;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.ORDERS;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.asBuyer;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.asOtherBuyer;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.lines;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.onHand;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.request;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.requested;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.staffStep;
import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/**
 * After-sales over REST, seed 003 path by path: refund only before shipping of an order paid with a
 * coupon, balance and online (every tender gets back what it paid, the order closes, coupon
 * and stock come back); return and refund (approve, tracking number, received with stock back,
 * refund); reject then apply again; manual refund; and the vetoes and who may see and do what.
 * Points are left out of the mixed tenders: crediting points to the shared demo customer lifts its
 * member level and changes other tests' prices; the core's scenario tests cover points.
 */
@QuarkusTest
class AfterSaleRestTest {

    @Test
    void an_order_paid_online_is_refunded_not_voided() {
        String sku = AfterSaleRestData.sku("作废", "12.00", 5);
        JsonPath paid = AfterSaleRestData.paidOrder(sku, 1, AfterSaleRestData.carrier());
        String orderId = paid.getString("id");

        Api.asStaff().body(Map.of("reason", "客户电话取消")).post(ORDERS + "/" + orderId + "/void")
                .then().spec(problem(422, "ORDER_VOID_PAID_ONLINE"));
        Api.asStaff().get(ORDERS + "/" + orderId).then().statusCode(200)
                .body("status", equalTo("TO_SHIP")).body("version", equalTo(paid.getInt("version")));
        assertThat(onHand(sku)).isEqualTo(4);
    }

    @Test
    void refund_only_before_shipping_gives_every_tender_back_what_it_paid() {
        String me = AfterSaleRestData.customerId(asBuyer());
        AfterSaleRestData.creditBalance(me, "30.00");
        String coupon = AfterSaleRestData.couponFor(me);
        String sku = AfterSaleRestData.sku("售后茶叶", "100.00", 5);
        BigDecimal balanceBefore = AfterSaleRestData.balance(asBuyer());

        JsonPath placed = AfterSaleRestData.placed(asBuyer(), List.of(AfterSaleRestData.line(sku, 2)),
                AfterSaleRestData.carrier(), "coupon", coupon, "useBalance", true);
        String orderId = placed.getString("id");
        assertThat(placed.getList("tenders.type")).contains("BALANCE");
        assertThat(placed.getString("couponDiscount")).isEqualTo("10.00");
        JsonPath paid = AfterSaleRestData.paidOnline(asBuyer(), asBuyer(), orderId);
        assertThat(paid.getList("tenders.type")).containsExactlyInAnyOrder("BALANCE", "ONLINE");
        assertThat(AfterSaleRestData.balance(asBuyer())).isEqualByComparingTo(balanceBefore.subtract(new BigDecimal("30.00")));
        assertThat(onHand(sku)).isEqualTo(3);
        JsonPath dashboardBefore = Api.asStaff().get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();

        String key = UUID.randomUUID().toString();
        JsonPath asked = asBuyer().header("Idempotency-Key", key).body(request("REFUND_ONLY", "NO_LONGER_WANTED"))
                .post(Api.ME + "/orders/" + orderId + "/after-sales").then().statusCode(201)
                .body("status", equalTo("REQUESTED")).body("lines.line", contains(0)).body("lines.quantity", contains(2))
                .extract().jsonPath();
        String id = asked.getString("id");
        asBuyer().header("Idempotency-Key", key).body(request("REFUND_ONLY", "NO_LONGER_WANTED"))
                .post(Api.ME + "/orders/" + orderId + "/after-sales").then().statusCode(201)
                .header("Idempotent-Replayed", "true").body("id", equalTo(id));
        JsonPath dashboard = Api.asStaff().get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
        assertThat(dashboard.getLong("refundRequests") - dashboardBefore.getLong("refundRequests")).isEqualTo(1);
        assertThat(dashboard.getLong("returnRequests")).isEqualTo(dashboardBefore.getLong("returnRequests"));

        asOtherBuyer().get(ME_AFTER_SALES + "/" + id).then().spec(problem(404, "AFTERSALE_NOT_FOUND"));
        asOtherBuyer().post(ME_AFTER_SALES + "/" + id + "/withdraw").then().spec(problem(404, "AFTERSALE_NOT_FOUND"));
        asBuyer().post(AFTER_SALES + "/" + id + "/refund").then().statusCode(403);
        asBuyer().get(AFTER_SALES).then().statusCode(403);
        asBuyer().get(ORDERS + "/" + orderId + "/refunds").then().statusCode(403);
        Api.asStaff().header("If-Match", "\"99\"").post(AFTER_SALES + "/" + id + "/refund")
                .then().spec(problem(412, "VERSION_MISMATCH"));

        JsonPath refunded = Api.asStaff().header("If-Match", "\"" + asked.getLong("version") + "\"")
                .post(AFTER_SALES + "/" + id + "/refund").then().statusCode(200)
                .body("status", equalTo("REFUNDED")).extract().jsonPath();
        assertThat(new BigDecimal(refunded.getString("refund.amount"))).isEqualByComparingTo(paid.getString("total"));
        for (Map<String, Object> tender : paid.<Map<String, Object>>getList("tenders")) {
            Map<String, Object> back = refunded.<Map<String, Object>>getList("refund.tenders").stream()
                    .filter(t -> t.get("tender").equals(tender.get("type"))).findFirst().orElseThrow();
            assertThat(new BigDecimal((String) back.get("amount"))).as("refund to %s", tender.get("type"))
                    .isEqualByComparingTo((String) tender.get("amount"));
        }
        assertThat(refunded.getList("refund.parts.status")).containsOnly("SUCCEEDED");
        assertThat(refunded.getList("refund.parts.destination"))
                .containsExactlyInAnyOrder("BALANCE", "PAYMENT_GATEWAY");
        Map<String, Object> online = refunded.<Map<String, Object>>getList("refund.parts").stream()
                .filter(p -> p.get("destination").equals("PAYMENT_GATEWAY")).findFirst().orElseThrow();
        assertThat((String) online.get("outcome")).as("the sandbox's refund number").startsWith("5030");

        assertThat(AfterSaleRestData.balance(asBuyer())).isEqualByComparingTo(balanceBefore);
        assertThat(AfterSaleRestData.couponStatus(asBuyer(), coupon)).isEqualTo("AVAILABLE");
        assertThat(onHand(sku)).isEqualTo(5);
        Api.asStaff().get(ORDERS + "/" + orderId).then().statusCode(200).body("status", equalTo("CLOSED"));
        Api.asStaff().get(ORDERS + "/" + orderId + "/refunds").then().statusCode(200)
                .body("items.size()", equalTo(1)).body("items[0].afterSaleId", equalTo(id))
                .body("items[0].amount", equalTo(paid.getString("total")))
                .body("items[0].status", equalTo("SUCCEEDED"));

        // agreeing again refunds nothing more
        Api.asStaff().post(AFTER_SALES + "/" + id + "/refund").then().statusCode(200)
                .body("status", equalTo("REFUNDED")).body("refundId", equalTo(refunded.getString("refundId")));
        assertThat(AfterSaleRestData.balance(asBuyer())).isEqualByComparingTo(balanceBefore);
        asBuyer().get(ME_AFTER_SALES + "/" + id).then().statusCode(200).body("status", equalTo("REFUNDED"))
                .body("events.action", contains("REQUEST", "AGREE_REFUND", "COMPLETE_REFUND"));
        JsonPath settled = Api.asStaff().get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
        assertThat(settled.getLong("refundRequests")).isEqualTo(dashboardBefore.getLong("refundRequests"));
    }

    @Test
    void return_and_refund_goes_approve_tracking_received_refund_and_the_goods_go_back_to_stock() {
        String sku = AfterSaleRestData.sku("售后茶杯", "30.00", 5);
        JsonPath paid = AfterSaleRestData.paidOrder(sku, 3, AfterSaleRestData.carrier());
        String orderId = paid.getString("id");
        asBuyer().body(request("RETURN_AND_REFUND", "QUALITY_PROBLEM")).post(Api.ME + "/orders/" + orderId
                + "/after-sales").then().spec(problem(422, "AFTERSALE_TYPE_NOT_ALLOWED"));
        AfterSaleRestData.shipAll(paid);
        assertThat(onHand(sku)).isEqualTo(2);
        JsonPath dashboardBefore = Api.asStaff().get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();

        JsonPath asked = requested(asBuyer(), orderId, "RETURN_AND_REFUND", "QUALITY_PROBLEM",
                "lines", lines(0, 2), "description", "杯口有缺口", "images", List.of("https://img.example.com/cup.jpg"));
        String id = asked.getString("id");
        assertThat(asked.getString("reason.name")).isEqualTo("质量问题");
        JsonPath dashboard = Api.asStaff().get("/api/v1/dashboard").then().statusCode(200).extract().jsonPath();
        assertThat(dashboard.getLong("returnRequests") - dashboardBefore.getLong("returnRequests")).isEqualTo(1);

        asBuyer().body(Map.of("carrier", "顺丰", "trackingNumber", "SF-R1")).post(ME_AFTER_SALES + "/" + id
                + "/return-shipment").then().spec(problem(409, "AFTERSALE_INVALID_TRANSITION"));
        Api.asStaff().post(AFTER_SALES + "/" + id + "/return-received").then()
                .spec(problem(409, "AFTERSALE_INVALID_TRANSITION"));
        String approvedVersion = Api.asStaff().header("If-Match", "\"" + asked.getLong("version") + "\"")
                .post(AFTER_SALES + "/" + id + "/approve").then().statusCode(200)
                .body("status", equalTo("AWAITING_RETURN")).extract().header("ETag");
        assertThat(approvedVersion).isNotBlank();
        asBuyer().body(Map.of("carrier", "顺丰")).post(ME_AFTER_SALES + "/" + id + "/return-shipment")
                .then().spec(problem(400, "AFTERSALE_RETURN_SHIPMENT_INVALID"));
        asBuyer().body(Map.of("carrier", "顺丰", "trackingNumber", "SF-R1")).post(ME_AFTER_SALES + "/" + id
                + "/return-shipment").then().statusCode(200).body("status", equalTo("RETURN_SHIPPED"))
                .body("returnShipment.trackingNumber", equalTo("SF-R1"));
        Api.asStaff().post(AFTER_SALES + "/" + id + "/return-received").then().statusCode(200)
                .body("status", equalTo("RETURN_RECEIVED"));
        assertThat(onHand(sku)).isEqualTo(4);

        JsonPath refunded = staffStep(id, "refund", null);
        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
        BigDecimal lineTotal = new BigDecimal(paid.getString("lines[0].total"));
        BigDecimal firstRefund = new BigDecimal(refunded.getString("refund.amount"));
        assertThat(refunded.getInt("refund.lines[0].quantity")).isEqualTo(2);
        assertThat(firstRefund).isEqualByComparingTo(refunded.getString("refund.lines[0].amount"))
                .isLessThan(lineTotal);
        assertThat(refunded.getList("refund.tenders.tender")).containsExactly("ONLINE");
        assertThat(refunded.getBoolean("refund.lines[0].shipped")).isTrue();
        assertThat(onHand(sku)).as("received goods went back once").isEqualTo(4);
        Api.asStaff().get(ORDERS + "/" + orderId).then().statusCode(200).body("status", equalTo("SHIPPED"))
                .body("refunded.state", equalTo("PARTIALLY_REFUNDED"))
                .body("refunded.total", equalTo(refunded.getString("refund.amount")))
                .body("refunded.online", equalTo(refunded.getString("refund.amount")))
                .body("refunded.pending", equalTo("0.00")).body("refunded.balance", equalTo("0.00"))
                .body("refunded.pointsReturned", equalTo(0)).body("refunded.manual", equalTo("0.00"));
        asBuyer().get(Api.ME + "/orders?limit=100").then().statusCode(200)
                .body("items.find { it.id == '" + orderId + "' }.refunded.state", equalTo("PARTIALLY_REFUNDED"));
        asBuyer().get(ME_AFTER_SALES + "/" + id).then().statusCode(200).body("events.action", contains("REQUEST",
                "APPROVE_RETURN", "SUBMIT_RETURN_SHIPMENT", "MARK_RETURN_RECEIVED", "AGREE_REFUND", "COMPLETE_REFUND"));

        // the last unit can still be returned, but not more than is left
        asBuyer().body(request("RETURN_AND_REFUND", "QUALITY_PROBLEM", "lines", lines(0, 2)))
                .post(Api.ME + "/orders/" + orderId + "/after-sales").then()
                .spec(problem(422, "AFTERSALE_QUANTITY_EXCEEDED"));
        String last = requested(asBuyer(), orderId, "RETURN_AND_REFUND", "QUALITY_PROBLEM", "lines", lines(0, 1))
                .getString("id");
        staffStep(last, "approve", null);
        asBuyer().body(Map.of("carrier", "圆通", "trackingNumber", "YT-R2")).post(ME_AFTER_SALES + "/" + last
                + "/return-shipment").then().statusCode(200);
        staffStep(last, "return-received", null);
        JsonPath rest = staffStep(last, "refund", null);
        assertThat(firstRefund.add(new BigDecimal(rest.getString("refund.amount"))))
                .as("every unit refunded gives back exactly the line total").isEqualByComparingTo(lineTotal);
        JsonPath whole = Api.asStaff().get(ORDERS + "/" + orderId).then().statusCode(200).extract().jsonPath();
        assertThat(whole.getString("refunded.state")).isEqualTo("FULLY_REFUNDED");
        assertThat(new BigDecimal(whole.getString("refunded.total"))).isEqualByComparingTo(lineTotal);
        assertThat(whole.getString("refunded.online")).isEqualTo(whole.getString("refunded.total"));
        Api.asStaff().get(ORDERS + "?limit=100").then().statusCode(200)
                .body("items.find { it.id == '" + orderId + "' }.refunded.state", equalTo("FULLY_REFUNDED"));
        assertThat(onHand(sku)).isEqualTo(5);
    }

    @Test
    void a_rejected_request_can_be_asked_again_and_withdrawn() {
        String sku = AfterSaleRestData.sku("售后毛巾", "15.00", 5);
        JsonPath paid = AfterSaleRestData.paidOrder(sku, 2, AfterSaleRestData.carrier());
        String orderId = paid.getString("id");
        JsonPath asked = requested(asBuyer(), orderId, "REFUND_ONLY", "NO_LONGER_WANTED", "lines", lines(0, 1));
        String id = asked.getString("id");

        asBuyer().body(request("REFUND_ONLY", "NO_LONGER_WANTED", "lines", lines(0, 1)))
                .post(Api.ME + "/orders/" + orderId + "/after-sales").then()
                .spec(problem(409, "AFTERSALE_LINE_HAS_OPEN_REQUEST"));
        Api.asStaff().post(AFTER_SALES + "/" + id + "/approve").then()
                .spec(problem(422, "AFTERSALE_RETURN_NOT_EXPECTED"));
        Api.asStaff().body(Map.of("reason", " ")).post(AFTER_SALES + "/" + id + "/reject").then()
                .spec(problem(400, "AFTERSALE_REJECTION_REASON_REQUIRED"));
        staffStep(id, "reject", Map.of("reason", "已与客户电话确认继续发货"));
        asBuyer().get(ME_AFTER_SALES + "/" + id).then().statusCode(200).body("status", equalTo("REJECTED"))
                .body("rejection", equalTo("已与客户电话确认继续发货"));
        Api.asStaff().post(AFTER_SALES + "/" + id + "/refund").then().spec(problem(409, "AFTERSALE_INVALID_TRANSITION"));

        JsonPath again = requested(asBuyer(), orderId, "REFUND_ONLY", "NOT_SHIPPED_IN_TIME", "lines", lines(0, 1));
        asBuyer().post(ME_AFTER_SALES + "/" + again.getString("id") + "/withdraw").then().statusCode(200)
                .body("status", equalTo("WITHDRAWN"));
        asBuyer().get(ME_AFTER_SALES).then().statusCode(200).body("items.id", hasItem(again.getString("id")))
                .body("items.id", hasItem(id));
        Api.asStaff().queryParam("status", "REJECTED").queryParam("type", "REFUND_ONLY")
                .queryParam("from", asked.getString("requestedAt")).get(AFTER_SALES).then().statusCode(200)
                .body("items.id", contains(id));
        Api.asStaff().queryParam("status", "WITHDRAWN").queryParam("until", asked.getString("requestedAt"))
                .get(AFTER_SALES).then().statusCode(200).body("items.id", not(hasItem(again.getString("id"))));
        Api.asStaff().queryParam("status", "LOST").get(AFTER_SALES).then().spec(problem(400, "VALIDATION_FAILED"));
    }

    @Test
    void a_manual_refund_is_recorded_with_a_note_and_moves_no_money() {
        String sku = AfterSaleRestData.sku("售后茶盘", "45.00", 5);
        JsonPath paid = AfterSaleRestData.paidOrder(sku, 1, AfterSaleRestData.carrier());
        String id = requested(asBuyer(), paid.getString("id"), "REFUND_ONLY", "AGREED_WITH_MERCHANT").getString("id");

        Api.asStaff().body(Map.of()).post(AFTER_SALES + "/" + id + "/manual-refund").then()
                .spec(problem(400, "AFTERSALE_MANUAL_REFUND_NOTE_REQUIRED"));
        JsonPath manual = staffStep(id, "manual-refund", Map.of("note", "门店现金退还"));
        assertThat(manual.getString("status")).isEqualTo("MANUALLY_REFUNDED");
        assertThat(manual.getBoolean("refund.manual")).isTrue();
        assertThat(manual.getList("refund.parts.destination")).containsOnly("MANUAL");
        assertThat(manual.getList("refund.parts.outcome")).containsOnly("门店现金退还");
        Api.asStaff().post(AFTER_SALES + "/" + id + "/refund").then().spec(problem(409, "AFTERSALE_ALREADY_REFUNDED"));
        Api.asStaff().get(ORDERS + "/" + paid.getString("id") + "/refunds").then().statusCode(200)
                .body("items[0].manual", equalTo(true)).body("items[0].note", equalTo("门店现金退还"));
    }

    @Test
    void a_request_needs_a_known_reason_and_units_that_were_bought() {
        String sku = AfterSaleRestData.sku("售后纸巾", "5.00", 5);
        String orderId = AfterSaleRestData.paidOrder(sku, 2, AfterSaleRestData.carrier()).getString("id");
        String path = Api.ME + "/orders/" + orderId + "/after-sales";

        asBuyer().body(Map.of("type", "REFUND_ONLY")).post(path).then().spec(problem(400, "AFTERSALE_REASON_REQUIRED"));
        asBuyer().body(request("REFUND_ONLY", "BORED")).post(path).then().spec(problem(400, "AFTERSALE_REASON_UNKNOWN"));
        asBuyer().body(request("EXCHANGE", "OTHER")).post(path).then().spec(problem(400, "AFTERSALE_INVALID"));
        asBuyer().body(request("REFUND_ONLY", "OTHER", "lines", lines(0, 3))).post(path).then()
                .spec(problem(422, "AFTERSALE_QUANTITY_EXCEEDED"));
        asBuyer().body(request("REFUND_ONLY", "OTHER", "lines", lines(7, 1))).post(path).then()
                .spec(problem(400, "AFTERSALE_LINES_INVALID"));
        asOtherBuyer().body(request("REFUND_ONLY", "OTHER")).post(path).then().spec(problem(404, "ORDER_NOT_FOUND"));
        Api.asStaff().body(request("REFUND_ONLY", "OTHER")).post(path).then().statusCode(403);
        asBuyer().get(ME_AFTER_SALES + "/not-an-id").then().spec(problem(404, "AFTERSALE_NOT_FOUND"));

        asBuyer().get("/api/v1/after-sale-reasons").then().statusCode(200)
                .body("items.code", hasItem("QUALITY_PROBLEM"));
        Api.asStaff().get("/api/v1/after-sale-reasons").then().statusCode(200);
    }

    @Test
    void a_merchant_sets_its_own_reasons_and_other_merchants_keep_theirs() {
        String reasons = "/api/v1/after-sale-reasons";
        Map<String, Object> list = Map.of("items", List.of(
                Map.of("code", "MELTED", "name", "融化了", "englishName", "Melted"),
                Map.of("code", "OTHER", "name", "其他", "englishName", "Other")));
        Api.asAcmeCustomer().body(list).put(reasons).then().statusCode(403);
        Api.asStaff().body(list).put(reasons).then().statusCode(403);
        Api.asAcmeAdmin().body(Map.of("items", List.of())).put(reasons).then()
                .spec(problem(400, "AFTERSALE_SETTINGS_INVALID"));
        Api.asAcmeAdmin().body(Map.of("items", List.of(Map.of("code", "A", "name", "甲", "englishName", "A"),
                Map.of("code", "A", "name", "乙", "englishName", "B")))).put(reasons).then()
                .spec(problem(400, "AFTERSALE_SETTINGS_INVALID"));

        Api.asAcmeAdmin().body(list).put(reasons).then().statusCode(200).body("items.code", contains("MELTED", "OTHER"));
        Api.asAcmeCustomer().get(reasons).then().statusCode(200).body("items.code", contains("MELTED", "OTHER"));
        asBuyer().get(reasons).then().statusCode(200).body("items.code", hasItem("QUALITY_PROBLEM"))
                .body("items.code", not(hasItem("MELTED")));
    }
}
