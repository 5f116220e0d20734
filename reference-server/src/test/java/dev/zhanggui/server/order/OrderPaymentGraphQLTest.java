package dev.zhanggui.server.order;

import dev.zhanggui.server.order.OrderTestData.Item;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.TestCustomers;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.order.OrderGraphQLDocuments.CHECKOUT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CREATE_STAFF_ORDER;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.RECORD_PAYMENT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.REPORT_TRANSFER;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.SETTLE_COD;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.SHIP_ALL;
import static dev.zhanggui.server.order.OrderTestData.address;
import static dev.zhanggui.server.order.OrderTestData.line;
import static dev.zhanggui.server.order.OrderTestData.ok;
import static dev.zhanggui.server.order.OrderTestData.vars;
import static dev.zhanggui.server.testing.GraphQLClient.errorCodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paying after checkout over GraphQL: cash on delivery shipped unpaid and settled after delivery
 * (货到付款), an offline transfer the customer reports and staff confirm (线下转账, 确认收款).
 */
@QuarkusTest
class OrderPaymentGraphQLTest {
    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER_2);

    static Map<String, Object> staffOrder(String customerId, String sku, int quantity, String rest) {
        return vars("customerId", customerId, "lines", List.of(line(sku, quantity)), "address", address("王五"),
                "coupon", "NONE", "rest", rest);
    }

    @Test
    void a_first_order_on_cash_on_delivery_ships_unpaid_blocks_the_next_and_is_settled_after_delivery() {
        Item item = OrderTestData.item("货到付款", "40.00", 10);
        String buyer = TestCustomers.createdByDemoStaff(TestCustomers.newPhone());

        JsonPath placed = ok(staff.mutate(CREATE_STAFF_ORDER, vars("in", staffOrder(buyer, item.skuId(), 2, "COD"))),
                "data.createStaffOrder");
        String id = placed.getString("data.createStaffOrder.order.id");
        assertThat(placed.getString("data.createStaffOrder.order.status")).isEqualTo("TO_SHIP");
        assertThat(placed.getString("data.createStaffOrder.order.source")).isEqualTo("MANUAL");
        assertThat(placed.getList("data.createStaffOrder.order.tenders.type")).containsExactly("COD");
        assertThat(placed.getBoolean("data.createStaffOrder.order.fullyPaid")).isFalse();
        assertThat(placed.getString("data.createStaffOrder.order.amountDue")).isEqualTo("0.00");

        JsonPath blocked = staff.mutate(CREATE_STAFF_ORDER, vars("in", staffOrder(buyer, item.skuId(), 1, "ONLINE")));
        assertThat(errorCodes(blocked, "data.createStaffOrder")).containsExactly("ORDER_UNSETTLED_COD");

        JsonPath shipped = ok(staff.mutate(SHIP_ALL, vars("ids", List.of(id), "carrier", "顺丰速运",
                "tracking", List.of("SF-COD-" + id.substring(0, 8)))), "data.shipOrders");
        assertThat(shipped.getString("data.shipOrders.results[0].order.status")).isEqualTo("SHIPPED");
        JsonPath settled = ok(staff.mutate(SETTLE_COD, vars("id", id, "ref", "快递代收 0042")), "data.settleCashOnDelivery");
        assertThat(settled.getString("data.settleCashOnDelivery.order.status")).isEqualTo("SHIPPED");
        assertThat(settled.getBoolean("data.settleCashOnDelivery.order.fullyPaid")).isTrue();
        assertThat(settled.getString("data.settleCashOnDelivery.order.tenders[0].reference")).isEqualTo("快递代收 0042");
        assertThat(errorCodes(staff.mutate(SETTLE_COD, vars("id", id)), "data.settleCashOnDelivery"))
                .containsExactly("ORDER_NOTHING_TO_SETTLE");

        JsonPath returning = staff.mutate(CREATE_STAFF_ORDER, vars("in", staffOrder(buyer, item.skuId(), 1, "COD")));
        assertThat(errorCodes(returning, "data.createStaffOrder")).containsExactly("ORDER_PAYMENT_TERMS");
    }

    @Test
    void the_customer_reports_a_transfer_and_staff_record_that_it_arrived() {
        Item item = OrderTestData.item("线下转账", "66.00", 10);
        JsonPath placed = ok(customer.mutate(CHECKOUT, vars("in", vars("lines", List.of(line(item.skuId(), 1)),
                "address", address("李四"), "coupon", "NONE", "rest", "OFFLINE_TRANSFER"))), "data.checkout");
        String id = placed.getString("data.checkout.order.id");
        assertThat(placed.getString("data.checkout.order.status")).isEqualTo("PENDING_PAYMENT");

        JsonPath reported = ok(customer.mutate(REPORT_TRANSFER, vars("id", id, "date", "2026-06-08",
                "account", "招商银行 6225 **** 1234")), "data.reportTransfer");
        assertThat(reported.getString("data.reportTransfer.order.status")).isEqualTo("PENDING_PAYMENT");
        assertThat(reported.getString("data.reportTransfer.order.transferReport.transferDate")).isEqualTo("2026-06-08");
        assertThat(errorCodes(customer.mutate(REPORT_TRANSFER, vars("id", id, "date", "8 June", "account", "x")),
                "data.reportTransfer")).containsExactly("ORDER_INVALID");

        JsonPath recorded = ok(staff.mutate(RECORD_PAYMENT, vars("id", id, "ref", "银行流水 20260608-01",
                "v", reported.getInt("data.reportTransfer.order.version"))), "data.recordPayment");
        assertThat(recorded.getString("data.recordPayment.order.status")).isEqualTo("TO_SHIP");
        assertThat(recorded.getBoolean("data.recordPayment.order.fullyPaid")).isTrue();
        assertThat(recorded.getList("data.recordPayment.order.events.action"))
                .containsExactly("PLACE", "REPORT_TRANSFER", "PAY");
        assertThat(errorCodes(staff.mutate(RECORD_PAYMENT, vars("id", id)), "data.recordPayment"))
                .containsExactly("ORDER_INVALID_TRANSITION");
    }
}
