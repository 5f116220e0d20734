package dev.zhanggui.server.order;

import dev.zhanggui.server.order.OrderTestData.Item;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.zhanggui.server.order.OrderGraphQLDocuments.ADJUST_PRICE;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CANCEL;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CART;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CHECKOUT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CONFIRM_RECEIPT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.MY_ORDER;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.MY_ORDERS;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.ORDERS;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.ORDER_BY_ID;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.PAY_ORDER;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.VOID;
import static dev.zhanggui.server.order.OrderTestData.address;
import static dev.zhanggui.server.order.OrderTestData.line;
import static dev.zhanggui.server.order.OrderTestData.ok;
import static dev.zhanggui.server.order.OrderTestData.vars;
import static dev.zhanggui.server.testing.GraphQLClient.errorCodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reaches which order over GraphQL: a customer only their own (another's is not found), staff
 * their merchant's, another merchant's admin nothing; the wrong role is refused at the top level.
 */
@QuarkusTest
class OrderAuthorizationGraphQLTest {
    private final GraphQLClient owner = GraphQLClient.user(Tokens.CUSTOMER);
    private final GraphQLClient otherCustomer = GraphQLClient.user(Tokens.CUSTOMER_2);
    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
    private final GraphQLClient acmeAdmin = GraphQLClient.user(Tokens.ACME_ADMIN);
    private final GraphQLClient acmeCustomer = GraphQLClient.user(Tokens.ACME_CUSTOMER);

    @Test
    void an_order_is_reached_by_its_customer_and_its_merchants_staff_only() {
        Item item = OrderTestData.item("权限", "3.00", 5);
        JsonPath placed = ok(owner.mutate(CHECKOUT, vars("in", vars("lines", List.of(line(item.skuId(), 1)),
                "address", address("张三"), "coupon", "NONE", "rest", "ONLINE"))), "data.checkout");
        String id = placed.getString("data.checkout.order.id");
        String number = placed.getString("data.checkout.order.number");

        assertThat(owner.query(MY_ORDER, vars("id", id)).getString("data.myOrder.number")).isEqualTo(number);
        assertThat(staff.query(ORDER_BY_ID, vars("id", id)).getString("data.order.number")).isEqualTo(number);

        JsonPath notHers = otherCustomer.query(MY_ORDER, vars("id", id));
        assertThat(notHers.getList("errors")).isNullOrEmpty();
        assertThat(notHers.getString("data.myOrder")).isNull();
        assertThat(otherCustomer.query(MY_ORDERS, vars("first", 100)).getList("data.myOrders.edges.node.id"))
                .doesNotContain(id);
        assertThat(errorCodes(otherCustomer.mutate(CANCEL, vars("id", id)), "data.cancelOrder"))
                .containsExactly("ORDER_NOT_FOUND");
        assertThat(errorCodes(otherCustomer.mutate(PAY_ORDER, vars("id", id)), "data.payOrder"))
                .containsExactly("ORDER_NOT_FOUND");
        assertThat(errorCodes(otherCustomer.mutate(CONFIRM_RECEIPT, vars("id", id)), "data.confirmReceipt"))
                .containsExactly("ORDER_NOT_FOUND");
        assertThat(errorCodes(acmeCustomer.mutate(CANCEL, vars("id", id)), "data.cancelOrder"))
                .containsExactly("ORDER_NOT_FOUND");

        assertThat(acmeAdmin.query(ORDER_BY_ID, vars("id", id)).getString("data.order")).isNull();
        assertThat(acmeAdmin.query(ORDERS, vars("first", 100)).getList("data.orders.edges.node.id")).doesNotContain(id);
        assertThat(errorCodes(acmeAdmin.mutate(VOID, vars("id", id, "reason", "不是我的")), "data.voidOrder"))
                .containsExactly("ORDER_NOT_FOUND");
        assertThat(errorCodes(acmeAdmin.mutate(ADJUST_PRICE, vars("id", id, "goods", "1.00", "reason", "x")),
                "data.adjustOrderPrice")).containsExactly("ORDER_NOT_FOUND");
        assertThat(staff.query(ORDER_BY_ID, vars("id", "not-an-id")).getString("data.order")).isNull();
    }

    @Test
    void the_wrong_role_or_no_token_is_refused_at_the_top_level() {
        assertThat(topLevelCode(owner.query(ORDERS))).isEqualTo("FORBIDDEN");
        assertThat(topLevelCode(owner.query(ADJUST_PRICE, vars("id", "x", "goods", "1.00", "reason", "x"))))
                .isEqualTo("FORBIDDEN");
        assertThat(topLevelCode(staff.query(CART))).isEqualTo("FORBIDDEN");
        assertThat(topLevelCode(staff.query(MY_ORDERS))).isEqualTo("FORBIDDEN");
        assertThat(topLevelCode(staff.query(CHECKOUT, vars("in", vars("coupon", "NONE"))))).isEqualTo("FORBIDDEN");
        GraphQLClient anonymous = GraphQLClient.anonymous().header("X-Merchant", "demo");
        assertThat(topLevelCode(anonymous.query(CART))).isEqualTo("UNAUTHENTICATED");
        assertThat(topLevelCode(anonymous.query(ORDERS))).isEqualTo("UNAUTHENTICATED");
    }

    private static String topLevelCode(JsonPath answer) {
        return answer.getString("errors[0].extensions.errorCode");
    }
}
