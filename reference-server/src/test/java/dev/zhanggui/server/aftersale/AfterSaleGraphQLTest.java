package dev.zhanggui.server.aftersale;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.aftersale.AfterSaleRestData.asBuyer;
import static dev.zhanggui.server.aftersale.AfterSaleRestData.onHand;
import static dev.zhanggui.server.testing.GraphQLClient.errorCodes;
import static dev.zhanggui.server.testing.GraphQLClient.vars;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * After-sales over GraphQL (售后), seed 003 step by step through the mutations: refund only before
 * shipping, return and refund, reject and ask again, a manual refund; the refusals in the payloads'
 * errors; the lists; and who may see and do what. Orders are placed and paid online in full through
 * REST, as in {@link AfterSaleRestTest}. The demo customers are shared: they are never credited
 * points or balance here (a balance left over changes what other tests' orders take from it), and
 * every request ends settled (refunded, rejected, withdrawn), so the dashboard counters stay as found.
 * The split over mixed tenders is asserted to the fen in {@code AfterSaleRestTest}.
 */
@QuarkusTest
class AfterSaleGraphQLTest {
    static final String FIELDS = """
            { id orderId status type version rejection refundId lines { line quantity } reason { code name }
              returnShipment { carrier trackingNumber } events { action from to note }
              refund { id amount goods shipping status manual note lines { line quantity amount }
                       tenders { tender amount points } parts { tender destination status outcome } } }""";
    static final String REQUEST = """
            mutation($order: ID!, $in: AfterSaleRequestInput!, $key: String) {
              requestAfterSale(orderId: $order, input: $in, idempotencyKey: $key) {
                afterSale %s errors { code field message } } }""".formatted(FIELDS);
    static final String STEP = """
            mutation($id: ID!, $v: Int, $key: String) { %s(id: $id, expectedVersion: $v, idempotencyKey: $key) {
              afterSale %s errors { code field message } } }""";
    static final String RETURN = """
            mutation($id: ID!, $no: String!) { submitReturnShipment(id: $id, carrier: "顺丰", trackingNumber: $no) {
              afterSale %s errors { code field } } }""".formatted(FIELDS);
    static final String REJECT = """
            mutation($id: ID!, $reason: String!) { rejectAfterSale(id: $id, reason: $reason) {
              afterSale %s errors { code field } } }""".formatted(FIELDS);
    static final String MANUAL = """
            mutation($id: ID!, $note: String!) { recordManualRefund(id: $id, note: $note) {
              afterSale %s errors { code field } } }""".formatted(FIELDS);
    static final String WITHDRAW = """
            mutation($id: ID!) { withdrawAfterSale(id: $id) { afterSale %s errors { code field } } }"""
            .formatted(FIELDS);
    static final String ONE = "query($id: ID!) { afterSale(id: $id) " + FIELDS + " }";
    static final String MINE = "{ myAfterSales(first: 100) { edges { cursor node { id status } } pageInfo { hasNextPage endCursor } } }";
    static final String LIST = """
            query($f: AfterSaleFilter, $first: Int, $after: String) { afterSales(filter: $f, first: $first, after: $after) {
              edges { cursor node { id status type refundId } } pageInfo { hasNextPage endCursor } } }""";
    static final String ORDER = "query($id: ID!) { order(id: $id) { status total refundedTotal tenders { type amount } } }";
    static final String REFUNDED = """
            query($id: ID!) { order(id: $id) { everyUnitRefunded
              refunded { state total pending online balance points pointsReturned credit manual } } }""";
    static final String MY_ORDERS = "{ myOrders(first: 100) { edges { node { id refunded { state total } } } } }";
    static final String REFUNDS = """
            query($id: ID!) { orderRefunds(orderId: $id) { id afterSaleId origin status amount
              tenders { tender amount points } parts { destination status } } }""";

    final GraphQLClient buyer = GraphQLClient.user(Tokens.CUSTOMER);
    final GraphQLClient other = GraphQLClient.user(Tokens.CUSTOMER_2);
    final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);

    @Test
    void refund_only_before_shipping_gives_every_tender_back_what_it_paid_and_closes_the_order() {
        String sku = AfterSaleRestData.sku("售后图形茶叶", "300.00", 3);
        BigDecimal balanceBefore = AfterSaleRestData.balance(asBuyer());
        String orderId = AfterSaleRestData.placed(asBuyer(), List.of(AfterSaleRestData.line(sku, 1)),
                AfterSaleRestData.carrier()).getString("id");
        AfterSaleRestData.paidOnline(asBuyer(), asBuyer(), orderId);
        JsonPath paid = staff.query(ORDER, vars("id", orderId)).setRootPath("data.order");
        assertThat(paid.getList("tenders.type")).containsExactly("ONLINE");
        assertThat(onHand(sku)).isEqualTo(2);

        String key = UUID.randomUUID().toString();
        Map<String, Object> input = vars("type", "REFUND_ONLY", "reason", "NO_LONGER_WANTED");
        JsonPath asked = ok(buyer.mutate(REQUEST, vars("order", orderId, "in", input, "key", key)), "requestAfterSale")
                .setRootPath("data.requestAfterSale.afterSale");
        String id = asked.getString("id");
        assertThat(asked.getString("status")).isEqualTo("REQUESTED");
        assertThat(asked.getList("lines.quantity")).containsExactly(1);
        assertThat(ok(buyer.mutate(REQUEST, vars("order", orderId, "in", input, "key", key)), "requestAfterSale")
                .getString("data.requestAfterSale.afterSale.id")).as("a replay answers the first result").isEqualTo(id);

        // another customer sees nothing of it and cannot touch it; a customer cannot take staff steps
        assertThat(other.query(ONE, vars("id", id)).getMap("data")).containsEntry("afterSale", null);
        assertThat(errorCodes(other.mutate(WITHDRAW, vars("id", id)), "data.withdrawAfterSale"))
                .containsExactly("AFTERSALE_NOT_FOUND");
        assertThat(other.query(REFUNDS, vars("id", orderId)).getList("data.orderRefunds")).isEmpty();
        JsonPath forbidden = buyer.query(STEP.formatted("refundAfterSale", FIELDS), vars("id", id));
        assertThat(forbidden.getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");
        assertThat(buyer.query(LIST, vars()).getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");

        JsonPath stale = staff.mutate(STEP.formatted("refundAfterSale", FIELDS), vars("id", id, "v", 99));
        assertThat(errorCodes(stale, "data.refundAfterSale")).containsExactly("VERSION_MISMATCH");
        JsonPath refunded = step("refundAfterSale", id, asked.getInt("version"));
        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
        assertThat(new BigDecimal(refunded.getString("refund.amount"))).isEqualByComparingTo(paid.getString("total"));
        for (Map<String, Object> tender : paid.<Map<String, Object>>getList("tenders")) {
            Map<String, Object> back = refunded.<Map<String, Object>>getList("refund.tenders").stream()
                    .filter(t -> t.get("tender").equals(tender.get("type"))).findFirst().orElseThrow();
            assertThat(back.get("amount")).as("refund to %s", tender.get("type")).isEqualTo(tender.get("amount"));
        }
        assertThat(refunded.getList("refund.parts.status")).containsOnly("SUCCEEDED");
        assertThat(refunded.getList("refund.parts.destination")).containsExactly("PAYMENT_GATEWAY");
        assertThat(refunded.getString("refund.parts[0].outcome")).as("the sandbox's refund number").startsWith("5030");
        assertThat(refunded.getList("events.action")).containsExactly("REQUEST", "AGREE_REFUND", "COMPLETE_REFUND");

        JsonPath order = staff.query(ORDER, vars("id", orderId)).setRootPath("data.order");
        assertThat(order.getString("status")).isEqualTo("CLOSED");
        assertThat(order.getString("refundedTotal")).isEqualTo(paid.getString("total"));
        JsonPath history = buyer.query(REFUNDS, vars("id", orderId)).setRootPath("data.orderRefunds");
        assertThat(history.getList("id")).containsExactly(refunded.getString("refundId"));
        assertThat(history.getList("afterSaleId")).containsExactly(id);
        assertThat(history.getList("origin")).containsExactly("AFTER_SALE");
        assertThat(history.getList("status")).containsExactly("SUCCEEDED");
        assertThat(AfterSaleRestData.balance(asBuyer())).isEqualByComparingTo(balanceBefore);
        assertThat(onHand(sku)).isEqualTo(3);

        // agreeing again refunds nothing more
        JsonPath again = step("refundAfterSale", id, null);
        assertThat(again.getString("refundId")).isEqualTo(refunded.getString("refundId"));
        assertThat(AfterSaleRestData.balance(asBuyer())).isEqualByComparingTo(balanceBefore);
    }

    @Test
    void return_and_refund_goes_approve_tracking_received_refund() {
        String sku = AfterSaleRestData.sku("售后图形水壶", "40.00", 4);
        JsonPath paid = AfterSaleRestData.paidOrder(sku, 2, AfterSaleRestData.carrier());
        AfterSaleRestData.shipAll(paid);
        String orderId = paid.getString("id");

        JsonPath noReason = buyer.mutate(REQUEST, vars("order", orderId, "in", vars("type", "RETURN_AND_REFUND")));
        assertThat(errorCodes(noReason, "data.requestAfterSale")).containsExactly("AFTERSALE_REASON_REQUIRED");
        assertThat(noReason.getString("data.requestAfterSale.afterSale")).isNull();
        JsonPath tooMany = buyer.mutate(REQUEST, vars("order", orderId, "in", vars("type", "RETURN_AND_REFUND",
                "reason", "QUALITY_PROBLEM", "lines", List.of(vars("line", 0, "quantity", 3)))));
        assertThat(errorCodes(tooMany, "data.requestAfterSale")).containsExactly("AFTERSALE_QUANTITY_EXCEEDED");
        JsonPath unknownReason = buyer.mutate(REQUEST, vars("order", orderId, "in", vars("type", "RETURN_AND_REFUND",
                "reason", "NO_SUCH_REASON")));
        assertThat(errorCodes(unknownReason, "data.requestAfterSale")).containsExactly("AFTERSALE_REASON_UNKNOWN");

        JsonPath asked = ok(buyer.mutate(REQUEST, vars("order", orderId, "in", vars("type", "RETURN_AND_REFUND",
                "reason", "DAMAGED_IN_TRANSIT", "description", "壶嘴裂了",
                "lines", List.of(vars("line", 0, "quantity", 1))))), "requestAfterSale")
                .setRootPath("data.requestAfterSale.afterSale");
        String id = asked.getString("id");
        assertThat(errorCodes(buyer.mutate(RETURN, vars("id", id, "no", "SF-G0")), "data.submitReturnShipment"))
                .as("nothing to send back before approval").containsExactly("AFTERSALE_INVALID_TRANSITION");

        JsonPath approved = step("approveAfterSale", id, asked.getInt("version"));
        assertThat(approved.getString("status")).isEqualTo("AWAITING_RETURN");
        JsonPath shipped = ok(buyer.mutate(RETURN, vars("id", id, "no", "SF-G1")), "submitReturnShipment")
                .setRootPath("data.submitReturnShipment.afterSale");
        assertThat(shipped.getString("status")).isEqualTo("RETURN_SHIPPED");
        assertThat(shipped.getString("returnShipment.trackingNumber")).isEqualTo("SF-G1");
        assertThat(onHand(sku)).isEqualTo(2);
        assertThat(step("markReturnReceived", id, shipped.getInt("version")).getString("status"))
                .isEqualTo("RETURN_RECEIVED");
        assertThat(onHand(sku)).as("the returned unit is back in stock").isEqualTo(3);

        JsonPath refunded = step("refundAfterSale", id, null);
        assertThat(refunded.getString("status")).isEqualTo("REFUNDED");
        assertThat(refunded.getString("refund.amount")).isEqualTo("40.00");
        assertThat(refunded.getString("refund.shipping")).isEqualTo("0.00");
        assertThat(refunded.getList("refund.tenders.tender")).containsExactly("ONLINE");
        assertThat(refunded.getList("refund.tenders.amount")).containsExactly("40.00");
        assertThat(refunded.getList("refund.parts.status")).containsOnly("SUCCEEDED");

        // the order shows what came back: 1 of 2 units, online, partly refunded; the list reads it batched
        JsonPath partly = staff.query(REFUNDED, vars("id", orderId)).setRootPath("data.order");
        assertThat(partly.getBoolean("everyUnitRefunded")).isFalse();
        assertThat(partly.getMap("refunded")).containsEntry("state", "PARTIALLY_REFUNDED")
                .containsEntry("total", "40.00").containsEntry("pending", "0.00").containsEntry("online", "40.00")
                .containsEntry("balance", "0.00").containsEntry("points", "0.00").containsEntry("pointsReturned", 0)
                .containsEntry("credit", "0.00").containsEntry("manual", "0.00");
        JsonPath mine = buyer.query(MY_ORDERS);
        List<Map<String, Object>> nodes = mine.getList("data.myOrders.edges.node");
        assertThat(nodes).filteredOn(n -> n.get("id").equals(orderId)).singleElement()
                .extracting(n -> ((Map<?, ?>) n.get("refunded")).get("state")).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(nodes).filteredOn(n -> !((Map<?, ?>) n.get("refunded")).get("total").equals("0.00"))
                .allSatisfy(n -> assertThat(((Map<?, ?>) n.get("refunded")).get("state")).isNotEqualTo("NONE"));

        assertThat(buyer.query(ONE, vars("id", id)).getList("data.afterSale.events.action")).containsExactly(
                "REQUEST", "APPROVE_RETURN", "SUBMIT_RETURN_SHIPMENT", "MARK_RETURN_RECEIVED", "AGREE_REFUND",
                "COMPLETE_REFUND");
        assertThat(buyer.query(MINE).getList("data.myAfterSales.edges.node.id")).contains(id);
        assertThat(other.query(MINE).getList("data.myAfterSales.edges.node.id")).doesNotContain(id);
        JsonPath byStatus = staff.query(LIST, vars("f", vars("status", "REFUNDED", "type", "RETURN_AND_REFUND",
                "from", "2020-01-01"), "first", 100));
        assertThat(byStatus.getList("data.afterSales.edges.node.id")).contains(id);
        assertThat(staff.query(LIST, vars("f", vars("status", "REJECTED"), "first", 100))
                .getList("data.afterSales.edges.node.id")).doesNotContain(id);
        assertThat(staff.query(LIST, vars("f", vars("until", "2020-01-01"))).getList("data.afterSales.edges"))
                .isEmpty();
        assertThat(staff.query(LIST, vars("f", vars("from", "yesterday"))).getString("errors[0].extensions.errorCode"))
                .isEqualTo("VALIDATION_FAILED");
        assertThat(staff.query(ONE, vars("id", id)).getString("data.afterSale.refund.id"))
                .isEqualTo(refunded.getString("refundId"));
    }

    @Test
    void a_rejected_request_can_be_asked_again_withdrawn_and_refunded_by_hand() {
        String sku = AfterSaleRestData.sku("售后图形杯垫", "8.00", 5);
        String orderId = AfterSaleRestData.paidOrder(sku, 2, AfterSaleRestData.carrier()).getString("id");
        Map<String, Object> input = vars("type", "REFUND_ONLY", "reason", "OTHER",
                "lines", List.of(vars("line", 0, "quantity", 1)));
        String first = ok(buyer.mutate(REQUEST, vars("order", orderId, "in", input)), "requestAfterSale")
                .getString("data.requestAfterSale.afterSale.id");
        assertThat(errorCodes(buyer.mutate(REQUEST, vars("order", orderId, "in", input)), "data.requestAfterSale"))
                .containsExactly("AFTERSALE_LINE_HAS_OPEN_REQUEST");
        assertThat(buyer.query(REJECT, vars("id", first, "reason", "不行")).getString("errors[0].extensions.errorCode"))
                .isEqualTo("FORBIDDEN");
        assertThat(errorCodes(staff.mutate(REJECT, vars("id", first, "reason", "")), "data.rejectAfterSale"))
                .containsExactly("AFTERSALE_REJECTION_REASON_REQUIRED");
        JsonPath rejected = ok(staff.mutate(REJECT, vars("id", first, "reason", "库存充足, 照常发货")), "rejectAfterSale")
                .setRootPath("data.rejectAfterSale.afterSale");
        assertThat(rejected.getString("status")).isEqualTo("REJECTED");
        assertThat(rejected.getString("rejection")).isEqualTo("库存充足, 照常发货");
        assertThat(buyer.query(ONE, vars("id", first)).getString("data.afterSale.rejection")).isEqualTo("库存充足, 照常发货");

        String second = ok(buyer.mutate(REQUEST, vars("order", orderId, "in", input)), "requestAfterSale")
                .getString("data.requestAfterSale.afterSale.id");
        assertThat(second).isNotEqualTo(first);
        assertThat(ok(buyer.mutate(WITHDRAW, vars("id", second)), "withdrawAfterSale")
                .getString("data.withdrawAfterSale.afterSale.status")).isEqualTo("WITHDRAWN");
        assertThat(errorCodes(buyer.mutate(WITHDRAW, vars("id", second)), "data.withdrawAfterSale"))
                .as("withdrawing again changes nothing").isEmpty();

        String third = ok(buyer.mutate(REQUEST, vars("order", orderId, "in", input)), "requestAfterSale")
                .getString("data.requestAfterSale.afterSale.id");
        assertThat(errorCodes(staff.mutate(MANUAL, vars("id", third, "note", " ")), "data.recordManualRefund"))
                .containsExactly("AFTERSALE_MANUAL_REFUND_NOTE_REQUIRED");
        JsonPath manual = ok(staff.mutate(MANUAL, vars("id", third, "note", "微信转账退回")), "recordManualRefund")
                .setRootPath("data.recordManualRefund.afterSale");
        assertThat(manual.getString("status")).isEqualTo("MANUALLY_REFUNDED");
        assertThat(manual.getBoolean("refund.manual")).isTrue();
        assertThat(manual.getString("refund.note")).isEqualTo("微信转账退回");
        assertThat(manual.getString("refund.amount")).isEqualTo("8.00");
        assertThat(manual.getList("refund.parts.destination")).containsOnly("MANUAL");
        assertThat(errorCodes(staff.mutate(STEP.formatted("refundAfterSale", FIELDS), vars("id", third)),
                "data.refundAfterSale")).containsExactly("AFTERSALE_ALREADY_REFUNDED");

        assertThat(buyer.query("{ afterSaleReasons { code name englishName } }").getList("data.afterSaleReasons.code"))
                .contains("OTHER", "NO_LONGER_WANTED");
        JsonPath list = staff.query(LIST, vars("f", vars("type", "REFUND_ONLY"), "first", 1));
        assertThat(list.getList("data.afterSales.edges")).hasSize(1);
        assertThat(list.getBoolean("data.afterSales.pageInfo.hasNextPage")).isTrue();
        JsonPath next = staff.query(LIST, vars("f", vars("type", "REFUND_ONLY"), "first", 1,
                "after", list.getString("data.afterSales.pageInfo.endCursor")));
        assertThat(next.getList("data.afterSales.edges.node.id"))
                .doesNotContainAnyElementsOf(list.getList("data.afterSales.edges.node.id"));
    }

    @Test
    void a_paid_order_the_customer_asked_to_cancel_is_refunded_as_a_cancellation() {
        String sku = AfterSaleRestData.sku("售后图形茶杯", "12.00", 3);
        JsonPath paid = AfterSaleRestData.paidOrder(sku, 1, AfterSaleRestData.carrier());
        String orderId = paid.getString("id");
        JsonPath cancelling = buyer.mutate("""
                mutation($id: ID!) { requestOrderCancellation(id: $id, reason: "不想要了") {
                  order { status } errors { code } } }""", vars("id", orderId));
        assertThat(cancelling.getString("data.requestOrderCancellation.order.status")).isEqualTo("CANCELLING");
        String cancel = """
                mutation($id: ID!, $key: String) { refundOrderCancellation(orderId: $id, note: "客户取消",
                  idempotencyKey: $key) { refund { id origin status amount note afterSaleId
                  tenders { tender amount } parts { destination status } } errors { code } } }""";
        assertThat(buyer.query(cancel, vars("id", orderId)).getString("errors[0].extensions.errorCode"))
                .isEqualTo("FORBIDDEN");

        JsonPath refunded = ok(staff.mutate(cancel, vars("id", orderId, "key", UUID.randomUUID().toString())),
                "refundOrderCancellation").setRootPath("data.refundOrderCancellation.refund");
        assertThat(refunded.getString("origin")).isEqualTo("CANCELLATION");
        assertThat(refunded.getString("status")).isEqualTo("SUCCEEDED");
        assertThat(refunded.getString("amount")).isEqualTo(paid.getString("total"));
        assertThat(refunded.getString("afterSaleId")).isNull();
        assertThat(refunded.getList("tenders.tender")).containsExactly("ONLINE");
        assertThat(refunded.getList("parts.destination")).containsExactly("PAYMENT_GATEWAY");
        String refundId = refunded.getString("id");
        assertThat(staff.query(ORDER, vars("id", orderId)).getString("data.order.status")).isEqualTo("CLOSED");
        assertThat(onHand(sku)).isEqualTo(3);

        assertThat(ok(staff.mutate(cancel, vars("id", orderId)), "refundOrderCancellation")
                .getString("data.refundOrderCancellation.refund.id")).as("asked again, the same refund").isEqualTo(refundId);
        String retry = "mutation($id: ID!) { retryRefund(id: $id) { refund { id } errors { code } } }";
        assertThat(errorCodes(staff.mutate(retry, vars("id", refundId)), "data.retryRefund"))
                .containsExactly("REFUND_NOT_RETRYABLE");
        String one = "query($id: ID!) { refund(id: $id) { id status } }";
        assertThat(buyer.query(one, vars("id", refundId)).getString("data.refund.id")).isEqualTo(refundId);
        assertThat(other.query(one, vars("id", refundId)).getMap("data")).containsEntry("refund", null);
        assertThat(staff.query("{ unsettledRefunds { id } }").getList("data.unsettledRefunds.id"))
                .doesNotContain(refundId);
    }

    private JsonPath step(String mutation, String id, Integer version) {
        JsonPath answer = ok(staff.mutate(STEP.formatted(mutation, FIELDS),
                vars("id", id, "v", version, "key", UUID.randomUUID().toString())), mutation);
        return answer.setRootPath("data." + mutation + ".afterSale");
    }

    private static JsonPath ok(JsonPath answer, String mutation) {
        assertThat(errorCodes(answer, "data." + mutation)).as("errors of %s", answer.prettify()).isEmpty();
        return answer;
    }
}
