package dev.zhanggui.server.order;

import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.order.OrderRestData.MY_ORDERS;
import static dev.zhanggui.server.order.OrderRestData.ORDERS;
import static dev.zhanggui.server.order.OrderRestData.checkout;
import static dev.zhanggui.server.order.OrderRestData.line;
import static dev.zhanggui.server.order.OrderRestData.onHand;
import static dev.zhanggui.server.order.OrderRestData.staffOrder;
import static dev.zhanggui.server.order.OrderRestData.staffPlaced;
import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

/**
 * Staff orders over REST: drafts (待提交) and their submission, cash recorded, cash on delivery
 * settled after delivery and blocking the next order until then, price changes (改价) under
 * If-Match, a reported transfer confirmed, voiding, and the customer's side of a paid order.
 */
@QuarkusTest
class StaffOrderRestTest {

    @Test
    void a_salesperson_draft_holds_nothing_until_submitted_and_the_cash_is_then_recorded() {
        String customer = Api.createCustomer(Api.randomPhone());
        String sku = OrderRestData.sku("30.00", 5);
        JsonPath draft = staffPlaced(staffOrder(customer, List.of(line(sku, 2)), OrderRestData.carrier(), "CASH",
                "source", "SALESPERSON", "salesperson", "王五", "draft", true));
        String id = draft.getString("id");
        assertThat(draft.getString("status")).isEqualTo("DRAFT");
        assertThat(draft.getString("salesperson")).isEqualTo("王五");
        assertThat(draft.getList("tenders")).isEmpty();
        assertThat(onHand(sku)).isEqualTo(5);

        Api.asStaff().header("If-Match", "\"9\"").post(ORDERS + "/" + id + "/submission")
                .then().spec(problem(412, "VERSION_MISMATCH")).body("currentVersion", equalTo(0));
        Response submitted = Api.asStaff().header("If-Match", "\"0\"").post(ORDERS + "/" + id + "/submission");
        submitted.then().statusCode(200).header("ETag", "\"1\"").body("status", equalTo("PENDING_PAYMENT"))
                .body("tenders[0].type", equalTo("CASH")).body("tenders[0].settled", equalTo(false));
        assertThat(onHand(sku)).isEqualTo(3);
        Api.asStaff().post(ORDERS + "/" + id + "/submission").then().spec(problem(409, "ORDER_INVALID_TRANSITION"));

        Api.asStaff().body(Map.of("reference", "收据 0001")).post(ORDERS + "/" + id + "/payments").then().statusCode(200)
                .body("status", equalTo("TO_SHIP")).body("tenders[0].settled", equalTo(true))
                .body("tenders[0].reference", equalTo("收据 0001")).body("amountDue", equalTo("0.00"));
        Api.asIntegration().get(ORDERS + "/" + id + "/events").then().statusCode(200)
                .body("items.action", equalTo(List.of("SAVE_DRAFT", "PLACE", "PAY")));
        Api.asCustomer().body(staffOrder(customer, List.of(line(sku, 1)), null, "CASH")).post(ORDERS)
                .then().spec(problem(403, "FORBIDDEN"));
    }

    @Test
    void cash_on_delivery_ships_unpaid_blocks_the_next_order_and_is_settled_after_delivery() {
        String customer = Api.createCustomer(Api.randomPhone());
        String sku = OrderRestData.sku("40.00", 10);
        String carrier = OrderRestData.carrier();
        JsonPath cod = staffPlaced(staffOrder(customer, List.of(line(sku, 1)), carrier, "COD"));
        String id = cod.getString("id");
        assertThat(cod.getString("status")).isEqualTo("TO_SHIP");
        assertThat(cod.getString("amountDue")).isEqualTo("0.00");
        assertThat(cod.getBoolean("tenders[0].settled")).isFalse();

        Api.asStaff().body(staffOrder(customer, List.of(line(sku, 1)), carrier, "ONLINE")).post(ORDERS)
                .then().spec(problem(422, "ORDER_UNSETTLED_COD"));

        Api.asStaff().body(Map.of("carrier", "顺丰速运", "trackingNumber", "SF-COD-1",
                "lines", List.of(Map.of("line", cod.getInt("lines[0].index"), "quantity", 1))))
                .post(ORDERS + "/" + id + "/shipments").then().statusCode(200).body("status", equalTo("SHIPPED"));
        Api.asStaff().post(ORDERS + "/" + id + "/receipt").then().statusCode(200).body("status", equalTo("COMPLETED"));
        Api.asStaff().body(Map.of("reference", "快递代收 0001")).post(ORDERS + "/" + id + "/cod-settlement")
                .then().statusCode(200).body("status", equalTo("COMPLETED")).body("tenders[0].settled", equalTo(true));
        Api.asStaff().body(Map.of()).post(ORDERS + "/" + id + "/cod-settlement")
                .then().spec(problem(422, "ORDER_NOTHING_TO_SETTLE"));

        staffPlaced(staffOrder(customer, List.of(line(sku, 1)), carrier, "ONLINE"));
        Api.asStaff().body(staffOrder(customer, List.of(line(sku, 1)), carrier, "COD")).post(ORDERS)
                .then().spec(problem(422, "ORDER_PAYMENT_TERMS"));
    }

    @Test
    void a_price_change_needs_the_current_version_and_moves_what_is_due() {
        String sku = OrderRestData.sku("20.00", 5);
        JsonPath order = OrderRestData.placed(Api.asCustomer(),
                checkout(List.of(line(sku, 1)), OrderRestData.carrier(), "ONLINE"));
        String id = order.getString("id");
        BigDecimal total = new BigDecimal(order.getString("total"));
        String etag = Api.asStaff().get(ORDERS + "/" + id).then().statusCode(200).extract().header("ETag");

        JsonPath changed = Api.asStaff().header("If-Match", etag)
                .body(Map.of("goods", "100.00", "shipping", "+10.00", "reason", "加急定制"))
                .post(ORDERS + "/" + id + "/price-adjustments").then().statusCode(200).extract().jsonPath();
        assertThat(new BigDecimal(changed.getString("total"))).isEqualByComparingTo(total.add(new BigDecimal("110.00")));
        assertThat(new BigDecimal(changed.getString("amountDue"))).isEqualByComparingTo(total.add(new BigDecimal("110")));
        assertThat(changed.getString("adjustments[0].reason")).isEqualTo("加急定制");
        Api.asStaff().header("If-Match", etag).body(Map.of("goods", "-5.00", "reason", "老客户"))
                .post(ORDERS + "/" + id + "/price-adjustments").then().spec(problem(412, "VERSION_MISMATCH"))
                .header("ETag", "\"" + changed.getLong("version") + "\"")
                .body("currentVersion", equalTo((int) changed.getLong("version")));
        Api.asStaff().body(Map.of("goods", "-5.00", "reason", "老客户")).post(ORDERS + "/" + id + "/price-adjustments")
                .then().statusCode(200).body("shippingPayable", equalTo(changed.getString("shippingPayable")))
                .body("goodsPayable", equalTo(new BigDecimal(changed.getString("goodsPayable"))
                        .subtract(new BigDecimal("5.00")).toPlainString()));
        Api.asStaff().body(Map.of("goods", "-99999.00", "reason", "太多")).post(ORDERS + "/" + id + "/price-adjustments")
                .then().spec(problem(400, "ORDER_PRICE_ADJUSTMENT_INVALID"));
        Api.asStaff().body(Map.of("goods", "abc", "reason", "x")).post(ORDERS + "/" + id + "/price-adjustments")
                .then().spec(problem(400, "ORDER_INVALID")).body("errors[0].field", equalTo("goods"));
        Api.asStaff().body(Map.of("goods", "1.00")).post(ORDERS + "/" + id + "/price-adjustments")
                .then().spec(problem(400, "ORDER_PRICE_ADJUSTMENT_INVALID"));
        Api.asCustomer().get(MY_ORDERS + "/" + id + "/events").then().statusCode(200)
                .body("items.action", equalTo(List.of("PLACE", "ADJUST_PRICE", "ADJUST_PRICE")));
        Api.asAcmeAdmin().body(Map.of("goods", "1.00", "reason", "x")).post(ORDERS + "/" + id + "/price-adjustments")
                .then().spec(problem(404, "ORDER_NOT_FOUND"));
        Api.asCustomer().body(Map.of("goods", "-1.00", "reason", "x")).post(ORDERS + "/" + id + "/price-adjustments")
                .then().spec(problem(403, "FORBIDDEN"));
    }

    @Test
    void a_reported_transfer_is_confirmed_by_staff_and_a_paid_order_can_only_be_asked_to_cancel() {
        String sku = OrderRestData.sku("66.00", 5);
        String carrier = OrderRestData.carrier();
        String id = OrderRestData.placed(Api.asCustomer(), checkout(List.of(line(sku, 1)), carrier,
                "OFFLINE_TRANSFER")).getString("id");

        Api.asCustomer().body(Map.of("transferDate", LocalDate.now().toString(), "account", "招商银行 6225 **** 1234"))
                .post(MY_ORDERS + "/" + id + "/transfer-report").then().statusCode(200)
                .body("status", equalTo("PENDING_PAYMENT")).body("transferReport.account", equalTo("招商银行 6225 **** 1234"))
                .body("transferReport.reportedAt", notNullValue());
        Api.asCustomer().body(Map.of("transferDate", "yesterday", "account", "x"))
                .post(MY_ORDERS + "/" + id + "/transfer-report").then().spec(problem(400, "ORDER_INVALID"));
        Api.asStaff().body(Map.of("reference", "BANK-REF-1")).post(ORDERS + "/" + id + "/payments").then().statusCode(200)
                .body("status", equalTo("TO_SHIP")).body("tenders[0].type", equalTo("OFFLINE_TRANSFER"))
                .body("tenders[0].reference", equalTo("BANK-REF-1"));

        Api.asCustomer().post(MY_ORDERS + "/" + id + "/cancel").then().spec(problem(409, "ORDER_ALREADY_PAID"));
        Api.asCustomer().body(Map.of("reason", "买错了")).post(MY_ORDERS + "/" + id + "/cancellation-request")
                .then().statusCode(200).body("status", equalTo("CANCELLING"));

        String online = OrderRestData.placed(Api.asCustomer(), checkout(List.of(line(sku, 1)), carrier, "ONLINE"))
                .getString("id");
        Api.asCustomer().body(Map.of("transferDate", LocalDate.now().toString(), "account", "x"))
                .post(MY_ORDERS + "/" + online + "/transfer-report").then().spec(problem(422, "ORDER_NOTHING_TO_SETTLE"));
    }

    @Test
    void voiding_needs_a_reason_and_gives_back_the_stock() {
        String customer = Api.createCustomer(Api.randomPhone());
        String sku = OrderRestData.sku("15.00", 4);
        JsonPath order = staffPlaced(staffOrder(customer, List.of(line(sku, 1)), OrderRestData.carrier(), "ONLINE"));
        String id = order.getString("id");
        assertThat(onHand(sku)).isEqualTo(3);

        Api.asStaff().body(Map.of()).post(ORDERS + "/" + id + "/void").then().spec(problem(400, "ORDER_INVALID"));
        Api.asStaff().header("If-Match", "\"" + order.getLong("version") + "\"").body(Map.of("reason", "客户电话取消"))
                .post(ORDERS + "/" + id + "/void").then().statusCode(200).body("status", equalTo("VOIDED"));
        assertThat(onHand(sku)).isEqualTo(4);
        Api.asStaff().body(Map.of("reason", "again")).post(ORDERS + "/" + id + "/void")
                .then().spec(problem(409, "ORDER_INVALID_TRANSITION"));
        Api.asStaff().body(Map.of("carrier", "顺丰", "trackingNumber", "SF1", "lines", List.of(Map.of("line", 0, "quantity", 1))))
                .post(ORDERS + "/" + id + "/shipments").then().spec(problem(409, "ORDER_INVALID_TRANSITION"));
    }
}
