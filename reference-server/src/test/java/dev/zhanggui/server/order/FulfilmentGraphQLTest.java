package dev.zhanggui.server.order;

import dev.zhanggui.server.order.OrderTestData.Item;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.TestCatalog;
import dev.zhanggui.server.testing.TestCustomers;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.order.OrderGraphQLDocuments.CHECKOUT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CREATE_STAFF_ORDER;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.SHIP;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.SHIP_ALL;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.VERIFICATIONS;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.VERIFY;
import static dev.zhanggui.server.order.OrderPaymentGraphQLTest.staffOrder;
import static dev.zhanggui.server.order.OrderTestData.line;
import static dev.zhanggui.server.order.OrderTestData.ok;
import static dev.zhanggui.server.order.OrderTestData.vars;
import static dev.zhanggui.server.testing.GraphQLClient.errorCodes;
import static org.assertj.core.api.Assertions.assertThat;

/** Shipping and in-store verification over GraphQL: pickup codes verified once (核销), the records per staff, batch shipping. */
@QuarkusTest
class FulfilmentGraphQLTest {
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER);
    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);

    /** A pickup order paid in full by the balance: to ship (to be picked up), with its code. */
    private JsonPath paidPickup(Item item, String store) {
        OrderTestData.credit(OrderTestData.customerId(customer), "9.00");
        return ok(customer.mutate(CHECKOUT, vars("in", vars("lines", List.of(line(item.skuId(), 1)),
                "delivery", "PICKUP", "pickupStoreId", store, "coupon", "NONE", "useBalance", true,
                "rest", "ONLINE"))), "data.checkout");
    }

    @Test
    void a_pickup_code_is_verified_once_and_each_staff_member_sees_their_own_verifications() {
        String store = TestCatalog.createStore(TestCatalog.unique("自提点"), "31.2304", "121.4737");
        Item item = OrderTestData.item("自提商品", "9.00", 10);
        JsonPath first = paidPickup(item, store);
        JsonPath second = paidPickup(item, store);
        String order = "data.checkout.order";
        assertThat(first.getString(order + ".status")).isEqualTo("TO_SHIP");
        assertThat(first.getString(order + ".delivery.method")).isEqualTo("PICKUP");
        assertThat(first.getString(order + ".delivery.pickupStoreId")).isEqualTo(store);
        String code = first.getString(order + ".verification.code");
        assertThat(code).matches("\\d{12}");
        assertThat(first.getBoolean(order + ".verification.used")).isFalse();

        JsonPath verified = ok(staff.mutate(VERIFY, vars("code", code)), "data.verifyCode");
        assertThat(verified.getString("data.verifyCode.order.status")).isEqualTo("COMPLETED");
        String staffSubject = verified.getString("data.verifyCode.order.verification.verifiedBy");
        assertThat(verified.getString("data.verifyCode.order.verification.verifiedAt")).isNotNull();
        JsonPath again = admin.mutate(VERIFY, vars("code", code));
        assertThat(errorCodes(again, "data.verifyCode")).containsExactly("VERIFICATION_ALREADY_USED");
        assertThat(errorCodes(staff.mutate(VERIFY, vars("code", "000000000000")), "data.verifyCode"))
                .containsExactly("VERIFICATION_CODE_UNKNOWN");
        ok(admin.mutate(VERIFY, vars("code", second.getString(order + ".verification.code"))), "data.verifyCode");
        assertThat(errorCodes(staff.mutate(SHIP, vars("id", first.getString(order + ".id"), "pkg", vars("carrier", "x",
                "trackingNumber", "y", "lines", List.of(vars("line", 0, "quantity", 1))))), "data.shipOrder"))
                .containsExactly("ORDER_INVALID_TRANSITION");

        JsonPath mine = staff.query(VERIFICATIONS, vars("first", 100));
        assertThat(mine.getList("data.verifications.edges.node.id")).contains(first.getString(order + ".id"))
                .doesNotContain(second.getString(order + ".id"));
        assertThat(mine.getList("data.verifications.edges.node.verification.verifiedBy")).containsOnly(staffSubject);
        assertThat(mine.getInt("data.verifications.today.count")).isPositive();
        assertThat(mine.getInt("data.verifications.total.count"))
                .isGreaterThanOrEqualTo(mine.getInt("data.verifications.today.count"));
        JsonPath everyone = admin.query(VERIFICATIONS, vars("first", 100));
        assertThat(everyone.getList("data.verifications.edges.node.id"))
                .contains(first.getString(order + ".id"), second.getString(order + ".id"));
        JsonPath onlyStaff = admin.query(VERIFICATIONS, vars("first", 100, "filter", vars("verifiedBy", staffSubject)));
        assertThat(onlyStaff.getInt("data.verifications.total.count")).isEqualTo(mine.getInt("data.verifications.total.count"));
        assertThat(onlyStaff.getString("data.verifications.total.amount"))
                .isEqualTo(mine.getString("data.verifications.total.amount"));
    }

    @Test
    void batch_shipping_ships_each_order_on_its_own_and_reports_each_outcome() {
        Item item = OrderTestData.item("批量发货", "5.00", 10);
        String buyer = TestCustomers.createdByDemoStaff(TestCustomers.newPhone());
        String unpaid = ok(staff.mutate(CREATE_STAFF_ORDER, vars("in", staffOrder(buyer, item.skuId(), 1, "ONLINE"))),
                "data.createStaffOrder").getString("data.createStaffOrder.order.id");
        String cod = ok(staff.mutate(CREATE_STAFF_ORDER, vars("in", staffOrder(
                TestCustomers.createdByDemoStaff(TestCustomers.newPhone()), item.skuId(), 2, "COD"))),
                "data.createStaffOrder").getString("data.createStaffOrder.order.id");
        String unknown = UUID.randomUUID().toString();

        String key = "batch-" + UUID.randomUUID();
        Map<String, Object> batch = vars("ids", List.of(cod, unpaid, unknown), "carrier", "中通快递",
                "tracking", List.of("ZT-1", "ZT-2", "ZT-3"), "key", key);
        JsonPath shipped = ok(staff.mutate(SHIP_ALL, batch), "data.shipOrders");

        List<Map<String, Object>> results = shipped.getList("data.shipOrders.results");
        assertThat(results).extracting(r -> r.get("orderId")).containsExactly(cod, unpaid, unknown);
        assertThat(shipped.getString("data.shipOrders.results[0].order.status")).isEqualTo("SHIPPED");
        assertThat(shipped.getList("data.shipOrders.results[0].errors")).isEmpty();
        assertThat(shipped.getString("data.shipOrders.results[1].order")).isNull();
        assertThat(shipped.getList("data.shipOrders.results[1].errors.code")).containsExactly("ORDER_INVALID_TRANSITION");
        assertThat(shipped.getList("data.shipOrders.results[2].errors.code")).containsExactly("ORDER_NOT_FOUND");
        JsonPath replayed = ok(staff.mutate(SHIP_ALL, batch), "data.shipOrders");
        assertThat(replayed.getList("data.shipOrders.results")).isEqualTo(results);
        batch.put("tracking", List.of("ZT-9", "ZT-2", "ZT-3"));
        assertThat(errorCodes(staff.mutate(SHIP_ALL, batch), "data.shipOrders")).containsExactly("IDEMPOTENCY_KEY_REUSED");
        JsonPath mismatched = staff.mutate(SHIP_ALL, vars("ids", List.of(cod), "carrier", "x", "tracking", List.of()));
        assertThat(errorCodes(mismatched, "data.shipOrders")).containsExactly("ORDER_SHIPMENT_INVALID");
    }
}
