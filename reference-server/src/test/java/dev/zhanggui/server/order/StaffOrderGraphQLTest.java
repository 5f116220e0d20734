package dev.zhanggui.server.order;

import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.order.OrderSettingsService;
import dev.zhanggui.order.OrderTimers;
import dev.zhanggui.server.order.OrderTestData.Item;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.TestCustomers;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import dev.zhanggui.shared.Actor;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.order.OrderGraphQLDocuments.ADJUST_PRICE;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.APPROVE;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CHECKOUT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CREATE_STAFF_ORDER;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.ORDERS;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.RECORD_PAYMENT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.SUBMIT_DRAFT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.VOID;
import static dev.zhanggui.server.order.OrderPaymentGraphQLTest.staffOrder;
import static dev.zhanggui.server.order.OrderTestData.address;
import static dev.zhanggui.server.order.OrderTestData.available;
import static dev.zhanggui.server.order.OrderTestData.line;
import static dev.zhanggui.server.order.OrderTestData.money;
import static dev.zhanggui.server.order.OrderTestData.ok;
import static dev.zhanggui.server.order.OrderTestData.vars;
import static dev.zhanggui.server.testing.GraphQLClient.errorCodes;
import static org.assertj.core.api.Assertions.assertThat;

/** The back office over GraphQL: drafts (代客下单), price changes (改价), voiding, the list with its query total. */
@QuarkusTest
class StaffOrderGraphQLTest {
    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
    @Inject
    OrderSettingsService settings;
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER_2);

    @Test
    void a_salesperson_drafts_an_order_for_cash_submits_it_and_records_the_cash() {
        Item item = OrderTestData.item("代客下单", "15.00", 10);
        String buyer = TestCustomers.createdByDemoStaff(TestCustomers.newPhone());
        Map<String, Object> input = staffOrder(buyer, item.skuId(), 3, "CASH");
        input.put("salesperson", "王销售");
        input.put("draft", true);

        JsonPath drafted = ok(staff.mutate(CREATE_STAFF_ORDER, vars("in", input)), "data.createStaffOrder");
        String order = "data.createStaffOrder.order";
        String id = drafted.getString(order + ".id");
        assertThat(drafted.getString(order + ".status")).isEqualTo("DRAFT");
        assertThat(drafted.getString(order + ".source")).isEqualTo("SALESPERSON");
        assertThat(drafted.getString(order + ".salesperson")).isEqualTo("王销售");
        assertThat(drafted.getString(order + ".customerId")).isEqualTo(buyer);
        assertThat(drafted.getList(order + ".tenders")).isEmpty();
        assertThat(drafted.getList(order + ".events.action")).containsExactly("SAVE_DRAFT");
        assertThat(available(item.skuId(), null)).isEqualTo(10);

        JsonPath stale = staff.mutate(SUBMIT_DRAFT, vars("id", id, "v", drafted.getInt(order + ".version") + 1));
        assertThat(errorCodes(stale, "data.submitDraftOrder")).containsExactly("VERSION_MISMATCH");
        JsonPath submitted = ok(staff.mutate(SUBMIT_DRAFT, vars("id", id, "v", drafted.getInt(order + ".version"))),
                "data.submitDraftOrder");
        assertThat(submitted.getString("data.submitDraftOrder.order.status")).isEqualTo("PENDING_PAYMENT");
        assertThat(submitted.getList("data.submitDraftOrder.order.tenders.type")).containsExactly("CASH");
        assertThat(available(item.skuId(), null)).isEqualTo(7);
        assertThat(errorCodes(staff.mutate(SUBMIT_DRAFT, vars("id", id)), "data.submitDraftOrder"))
                .containsExactly("ORDER_INVALID_TRANSITION");

        JsonPath paid = ok(staff.mutate(RECORD_PAYMENT, vars("id", id, "ref", "现金")), "data.recordPayment");
        assertThat(paid.getString("data.recordPayment.order.status")).isEqualTo("TO_SHIP");
        assertThat(paid.getList("data.recordPayment.order.events.action")).containsExactly("SAVE_DRAFT", "PLACE", "PAY");
    }

    @Test
    void when_the_merchant_reviews_orders_staff_approve_them_for_shipping() {
        Actor admin = Actor.admin(OrderTestData.DEMO, "order-review-test");
        OrderSettings.MerchantOrderSettings before = settings.settings(admin);
        settings.update(admin, before.numberPrefix(), new OrderTimers(before.timers().paymentTimeout(),
                before.timers().receiptPeriod(), true), before.pointsRate(), before.terms());
        try {
            Item item = OrderTestData.item("审核", "12.00", 10);
            String buyer = TestCustomers.createdByDemoStaff(TestCustomers.newPhone());
            JsonPath placed = ok(staff.mutate(CREATE_STAFF_ORDER, vars("in", staffOrder(buyer, item.skuId(), 1, "COD"))),
                    "data.createStaffOrder");
            String id = placed.getString("data.createStaffOrder.order.id");
            assertThat(placed.getString("data.createStaffOrder.order.status")).isEqualTo("PENDING_REVIEW");

            JsonPath approved = ok(staff.mutate(APPROVE, vars("id", id)), "data.approveOrder");

            assertThat(approved.getString("data.approveOrder.order.status")).isEqualTo("TO_SHIP");
            assertThat(errorCodes(staff.mutate(APPROVE, vars("id", id)), "data.approveOrder"))
                    .containsExactly("ORDER_INVALID_TRANSITION");
        } finally {
            settings.update(admin, before.numberPrefix(), before.timers(), before.pointsRate(), before.terms());
        }
    }

    @Test
    void staff_change_the_price_of_an_unpaid_order_and_a_stale_version_is_refused() {
        Item item = OrderTestData.item("改价", "50.00", 10);
        JsonPath placed = ok(customer.mutate(CHECKOUT, vars("in", vars("lines", List.of(line(item.skuId(), 2)),
                "address", address("李四"), "coupon", "NONE", "rest", "OFFLINE_TRANSFER"))), "data.checkout");
        String id = placed.getString("data.checkout.order.id");
        int version = placed.getInt("data.checkout.order.version");
        BigDecimal total = money(placed, "data.checkout.order.total");
        BigDecimal shipping = money(placed, "data.checkout.order.shippingPayable");

        JsonPath raised = ok(staff.mutate(ADJUST_PRICE, vars("id", id, "goods", "+100.00", "shipping", "10.00",
                "reason", "加急包装", "v", version)), "data.adjustOrderPrice");
        String order = "data.adjustOrderPrice.order";
        assertThat(money(raised, order + ".total")).isEqualByComparingTo(total.add(new BigDecimal("110.00")));
        assertThat(money(raised, order + ".amountDue")).isEqualByComparingTo(total.add(new BigDecimal("110.00")));
        assertThat(money(raised, order + ".shippingPayable")).isEqualByComparingTo(shipping.add(BigDecimal.TEN));
        assertThat(raised.getString(order + ".adjustments[0].reason")).isEqualTo("加急包装");
        assertThat(raised.getList(order + ".lines.paidAmount", String.class)).hasSize(1);
        assertThat(money(raised, order + ".lines[0].paidAmount"))
                .isEqualByComparingTo(money(raised, order + ".goodsPayable"));

        JsonPath stale = staff.mutate(ADJUST_PRICE, vars("id", id, "goods", "-10.00", "reason", "再优惠", "v", version));
        assertThat(errorCodes(stale, "data.adjustOrderPrice")).containsExactly("VERSION_MISMATCH");
        JsonPath lowered = ok(staff.mutate(ADJUST_PRICE, vars("id", id, "goods", "-10.00", "reason", "再优惠",
                "v", raised.getInt(order + ".version"))), "data.adjustOrderPrice");
        assertThat(money(lowered, order + ".total")).isEqualByComparingTo(total.add(new BigDecimal("100.00")));
        assertThat(errorCodes(staff.mutate(ADJUST_PRICE, vars("id", id, "goods", "abc", "reason", "x")),
                "data.adjustOrderPrice")).containsExactly("ORDER_PRICE_ADJUSTMENT_INVALID");
        assertThat(errorCodes(staff.mutate(ADJUST_PRICE, vars("id", id, "goods", "-100000.00", "reason", "x")),
                "data.adjustOrderPrice")).containsExactly("ORDER_PRICE_ADJUSTMENT_INVALID");
    }

    @Test
    void the_list_filters_by_customer_phone_status_and_tender_pages_and_totals_the_whole_query() {
        Item item = OrderTestData.item("订单列表", "11.00", 20);
        String phone = TestCustomers.newPhone();
        String buyer = TestCustomers.createdByDemoStaff(phone);
        BigDecimal sum = BigDecimal.ZERO;
        String voided = null;
        for (int quantity = 1; quantity <= 3; quantity++) {
            JsonPath placed = ok(staff.mutate(CREATE_STAFF_ORDER, vars("in", staffOrder(buyer, item.skuId(), quantity,
                    "ONLINE"))), "data.createStaffOrder");
            sum = sum.add(money(placed, "data.createStaffOrder.order.total"));
            voided = placed.getString("data.createStaffOrder.order.id");
        }

        JsonPath all = staff.query(ORDERS, vars("filter", vars("customerId", buyer), "first", 2));
        assertThat(all.getList("data.orders.edges")).hasSize(2);
        assertThat(all.getBoolean("data.orders.pageInfo.hasNextPage")).isTrue();
        assertThat(money(all, "data.orders.queryTotal")).isEqualByComparingTo(sum);
        assertThat(all.getList("data.orders.edges.node.lines[0].productName")).containsOnly("订单列表");
        JsonPath rest = staff.query(ORDERS, vars("filter", vars("customerId", buyer), "first", 2,
                "after", all.getString("data.orders.pageInfo.endCursor")));
        assertThat(rest.getList("data.orders.edges")).hasSize(1);
        assertThat(rest.getBoolean("data.orders.pageInfo.hasNextPage")).isFalse();

        BigDecimal voidedTotal = money(ok(staff.mutate(VOID, vars("id", voided, "reason", "客户不要了")), "data.voidOrder"),
                "data.voidOrder.order.total");
        assertThat(available(item.skuId(), null)).isEqualTo(20 - 1 - 2);
        JsonPath pending = staff.query(ORDERS, vars("filter", vars("phone", phone, "status", "PENDING_PAYMENT",
                "tender", "ONLINE", "source", "MANUAL")));
        assertThat(pending.getList("data.orders.edges")).hasSize(2);
        assertThat(money(pending, "data.orders.queryTotal")).isEqualByComparingTo(sum.subtract(voidedTotal));
        assertThat(staff.query(ORDERS, vars("filter", vars("phone", phone, "tender", "COD")))
                .getList("data.orders.edges")).isEmpty();
        JsonPath nobody = staff.query(ORDERS, vars("filter", vars("phone", TestCustomers.newPhone())));
        assertThat(nobody.getList("data.orders.edges")).isEmpty();
        assertThat(nobody.getString("data.orders.queryTotal")).isEqualTo("0.00");
        assertThat(errorCodes(staff.mutate(VOID, vars("id", voided, "reason", "again")), "data.voidOrder"))
                .containsExactly("ORDER_INVALID_TRANSITION");
    }
}
