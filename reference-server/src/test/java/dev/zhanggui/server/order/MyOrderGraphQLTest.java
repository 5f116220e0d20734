package dev.zhanggui.server.order;

import dev.zhanggui.server.order.OrderTestData.Item;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static dev.zhanggui.server.order.OrderGraphQLDocuments.CANCEL;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CHANGE_ADDRESS;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CHECKOUT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.MY_ORDER;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.RECORD_PAYMENT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.REQUEST_CANCELLATION;
import static dev.zhanggui.server.order.OrderTestData.address;
import static dev.zhanggui.server.order.OrderTestData.available;
import static dev.zhanggui.server.order.OrderTestData.balance;
import static dev.zhanggui.server.order.OrderTestData.line;
import static dev.zhanggui.server.order.OrderTestData.money;
import static dev.zhanggui.server.order.OrderTestData.ok;
import static dev.zhanggui.server.order.OrderTestData.vars;
import static dev.zhanggui.server.testing.GraphQLClient.errorCodes;
import static org.assertj.core.api.Assertions.assertThat;

/** The customer's own orders over GraphQL: cancel (what it held comes back), ask to cancel a paid one, correct the address. */
@QuarkusTest
class MyOrderGraphQLTest {
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER_2);
    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);

    private String transferOrder(Item item, int quantity) {
        return ok(customer.mutate(CHECKOUT, vars("in", vars("lines", List.of(line(item.skuId(), quantity)),
                "address", address("李四"), "coupon", "NONE", "rest", "OFFLINE_TRANSFER"))), "data.checkout")
                .getString("data.checkout.order.id");
    }

    @Test
    void cancelling_an_unpaid_order_gives_back_its_stock_and_the_balance_it_used() {
        OrderTestData.credit(OrderTestData.customerId(customer), "30.00");
        BigDecimal wallet = balance(customer);
        Item item = OrderTestData.item("取消订单", wallet.add(new BigDecimal("20.00")).toPlainString(), 5);
        JsonPath placed = ok(customer.mutate(CHECKOUT, vars("in", vars("lines", List.of(line(item.skuId(), 1)),
                "address", address("李四"), "coupon", "NONE", "useBalance", true, "rest", "ONLINE"))), "data.checkout");
        String id = placed.getString("data.checkout.order.id");
        assertThat(money(placed, "data.checkout.order.tenders[0].amount")).isEqualByComparingTo(wallet);
        assertThat(balance(customer)).isEqualByComparingTo("0.00");
        assertThat(available(item.skuId(), null)).isEqualTo(4);

        JsonPath cancelled = ok(customer.mutate(CANCEL, vars("id", id)), "data.cancelOrder");

        assertThat(cancelled.getString("data.cancelOrder.order.status")).isEqualTo("CLOSED");
        assertThat(cancelled.getList("data.cancelOrder.order.events.action")).containsExactly("PLACE", "CANCEL");
        assertThat(cancelled.getString("data.cancelOrder.order.paymentDeadline")).isNull();
        assertThat(balance(customer)).isEqualByComparingTo(wallet);
        assertThat(available(item.skuId(), null)).isEqualTo(5);
        assertThat(errorCodes(customer.mutate(CANCEL, vars("id", id)), "data.cancelOrder"))
                .containsExactly("ORDER_INVALID_TRANSITION");
    }

    @Test
    void a_paid_order_is_not_cancelled_outright_but_its_cancellation_is_requested() {
        String id = transferOrder(OrderTestData.item("申请取消", "19.90", 5), 1);
        ok(staff.mutate(RECORD_PAYMENT, vars("id", id)), "data.recordPayment");

        assertThat(errorCodes(customer.mutate(CANCEL, vars("id", id)), "data.cancelOrder"))
                .containsExactly("ORDER_ALREADY_PAID");
        JsonPath requested = ok(customer.mutate(REQUEST_CANCELLATION, vars("id", id, "reason", "买错了")),
                "data.requestOrderCancellation");

        assertThat(requested.getString("data.requestOrderCancellation.order.status")).isEqualTo("CANCELLING");
        JsonPath read = customer.query(MY_ORDER, vars("id", id));
        assertThat(read.getString("data.myOrder.events[-1].note")).isEqualTo("买错了");
        assertThat(read.getString("data.myOrder.events[-1].from")).isEqualTo("TO_SHIP");
    }

    @Test
    void the_customer_corrects_the_address_of_an_order_not_shipped_yet() {
        String id = transferOrder(OrderTestData.item("改地址", "7.00", 5), 1);
        int version = customer.query(MY_ORDER, vars("id", id)).getInt("data.myOrder.version");

        JsonPath changed = ok(customer.mutate(CHANGE_ADDRESS, vars("id", id, "v", version,
                "address", address("李四（公司）"))), "data.changeOrderAddress");

        assertThat(changed.getString("data.changeOrderAddress.order.delivery.address.recipient")).isEqualTo("李四（公司）");
        assertThat(changed.getList("data.changeOrderAddress.order.events.action")).containsExactly("PLACE", "CHANGE_ADDRESS");
        JsonPath stale = customer.mutate(CHANGE_ADDRESS, vars("id", id, "v", version, "address", address("王五")));
        assertThat(errorCodes(stale, "data.changeOrderAddress")).containsExactly("VERSION_MISMATCH");
        JsonPath invalid = customer.mutate(CHANGE_ADDRESS, vars("id", id, "address", vars("recipient", "",
                "phone", "1", "province", "x", "city", "x", "district", "x", "detail", "x")));
        assertThat(errorCodes(invalid, "data.changeOrderAddress")).contains("CUSTOMER_ADDRESS_INVALID");
    }
}
