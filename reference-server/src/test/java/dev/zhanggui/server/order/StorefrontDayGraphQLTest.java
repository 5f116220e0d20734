package dev.zhanggui.server.order;

import dev.zhanggui.server.order.OrderTestData.Item;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.order.OrderGraphQLDocuments.ADD_TO_CART;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CART;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CHECKOUT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CONFIRM_RECEIPT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.MY_ORDER;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.MY_ORDERS;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.PAY_ORDER;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.SHIP;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.UPDATE_CART_LINE;
import static dev.zhanggui.server.order.OrderTestData.address;
import static dev.zhanggui.server.order.OrderTestData.available;
import static dev.zhanggui.server.order.OrderTestData.balance;
import static dev.zhanggui.server.order.OrderTestData.money;
import static dev.zhanggui.server.order.OrderTestData.ok;
import static dev.zhanggui.server.order.OrderTestData.vars;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A storefront's whole day in GraphQL only: browse, fill the cart, check out paying with the
 * balance first and the rest online, pay in the sandbox, staff ship two packages, the customer
 * confirms receipt, and the order messages tell the story.
 */
@QuarkusTest
class StorefrontDayGraphQLTest {
    static final String PRODUCT = """
            query($code: String!) { product(code: $code) { id name skus { id price stock { available } } } }""";

    private final GraphQLClient storefront = GraphQLClient.anonymous().header("X-Merchant", "demo");
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER);
    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);

    @Test
    void browse_cart_checkout_balance_first_pay_online_ship_two_packages_and_confirm_receipt() {
        OrderTestData.emptyCart(customer);
        OrderTestData.credit(OrderTestData.customerId(customer), "20.00");
        BigDecimal wallet = balance(customer);
        // Priced above the balance, so that the balance pays first and a rest is left to pay online.
        Item book = OrderTestData.item("图书 " + UUID.randomUUID().toString().substring(0, 6),
                wallet.add(new BigDecimal("30.00")).toPlainString(), 10);
        Item pen = OrderTestData.item("钢笔", "12.50", 10);

        JsonPath browsed = storefront.query(PRODUCT, vars("code", book.code()));
        assertThat(browsed.getString("data.product.name")).isEqualTo(book.name());
        assertThat(browsed.getInt("data.product.skus[0].stock.available")).isEqualTo(10);

        ok(customer.mutate(ADD_TO_CART, vars("sku", book.skuId(), "qty", 1)), "data.addToCart");
        ok(customer.mutate(ADD_TO_CART, vars("sku", pen.skuId(), "qty", 1)), "data.addToCart");
        ok(customer.mutate(ADD_TO_CART, vars("sku", pen.skuId(), "qty", 2)), "data.addToCart");
        JsonPath changed = ok(customer.mutate(UPDATE_CART_LINE, vars("sku", pen.skuId(), "qty", 2)),
                "data.updateCartLine");
        assertThat(changed.getList("data.updateCartLine.cart.lines.quantity", Integer.class)).containsExactly(1, 2);
        JsonPath cart = customer.query(CART);
        assertThat(cart.getList("data.cart.lines.availability")).containsExactly("OK", "OK");
        String payable = cart.getString("data.cart.quote.payable");

        JsonPath placed = customer.mutate(CHECKOUT, vars("key", "day-" + UUID.randomUUID(), "in", vars(
                "address", address("张三"), "useBalance", true, "rest", "ONLINE", "expectedPayable", payable,
                "buyerNote", "请尽快发货")));
        ok(placed, "data.checkout");
        String order = "data.checkout.order";
        String id = placed.getString(order + ".id");
        assertThat(placed.getString(order + ".status")).isEqualTo("PENDING_PAYMENT");
        assertThat(placed.getString(order + ".total")).isEqualTo(payable);
        assertThat(placed.getList(order + ".tenders.type")).containsExactly("BALANCE", "ONLINE");
        assertThat(money(placed, order + ".tenders[0].amount")).isEqualByComparingTo(wallet);
        assertThat(placed.getBoolean(order + ".tenders[0].settled")).isTrue();
        BigDecimal due = new BigDecimal(payable).subtract(wallet);
        assertThat(money(placed, order + ".amountDue")).isEqualByComparingTo(due);
        assertThat(placed.getString(order + ".lines[0].productName")).isEqualTo(book.name());
        assertThat(placed.getString(order + ".buyerNote")).isEqualTo("请尽快发货");
        assertThat(placed.getString(order + ".refundedTotal")).isEqualTo("0.00");
        assertThat(placed.getList(order + ".lines.refundedQuantity", Integer.class)).containsOnly(0);
        assertThat(placed.getString(order + ".paymentDeadline")).isNotNull();
        assertThat(balance(customer)).isEqualByComparingTo("0.00");
        assertThat(customer.query(CART).getList("data.cart.lines")).isEmpty();
        assertThat(available(book.skuId(), null)).isEqualTo(9);

        JsonPath started = ok(customer.mutate(PAY_ORDER, vars("id", id, "key", "pay-" + id)), "data.payOrder");
        assertThat(money(started, "data.payOrder.amount")).isEqualByComparingTo(due);
        assertThat(started.getString("data.payOrder.payment.status")).isEqualTo("PENDING");
        assertThat(started.getList("data.payOrder.intent.clientParameters.name")).contains("package", "paySign");
        OrderTestData.sandboxPays(started.getString("data.payOrder.payment.outTradeNo"));

        JsonPath paid = customer.query(MY_ORDER, vars("id", id));
        assertThat(paid.getString("data.myOrder.status")).isEqualTo("TO_SHIP");
        assertThat(paid.getBoolean("data.myOrder.fullyPaid")).isTrue();
        assertThat(paid.getString("data.myOrder.amountDue")).isEqualTo("0.00");
        assertThat(paid.getString("data.myOrder.tenders[1].reference")).isNotBlank();

        List<Integer> lines = paid.getList("data.myOrder.lines.index", Integer.class);
        JsonPath first = ok(staff.mutate(SHIP, vars("id", id, "v", paid.getInt("data.myOrder.version"),
                "pkg", pkg("顺丰速运", "SF100" + id.substring(0, 6), Map.of("line", lines.get(0), "quantity", 1)))),
                "data.shipOrder");
        assertThat(first.getString("data.shipOrder.order.status")).isEqualTo("TO_SHIP");
        JsonPath second = ok(staff.mutate(SHIP, vars("id", id, "pkg", pkg("中通快递", "ZT200" + id.substring(0, 6),
                Map.of("line", lines.get(1), "quantity", 2)))), "data.shipOrder");
        assertThat(second.getString("data.shipOrder.order.status")).isEqualTo("SHIPPED");
        assertThat(second.getList("data.shipOrder.order.shipments.carrier")).containsExactly("顺丰速运", "中通快递");
        assertThat(second.getList("data.shipOrder.order.lines.shippedQuantity", Integer.class)).containsExactly(1, 2);
        assertThat(second.getString("data.shipOrder.order.receiptDue")).isNotNull();

        JsonPath received = ok(customer.mutate(CONFIRM_RECEIPT, vars("id", id, "key", "receipt-" + id)),
                "data.confirmReceipt");
        assertThat(received.getString("data.confirmReceipt.order.status")).isEqualTo("COMPLETED");
        assertThat(received.getList("data.confirmReceipt.order.events.action"))
                .containsExactly("PLACE", "PAY", "SHIP", "SHIP", "CONFIRM_RECEIPT");
        assertThat(received.getList("data.confirmReceipt.order.events.to"))
                .containsExactly("PENDING_PAYMENT", "TO_SHIP", "TO_SHIP", "SHIPPED", "COMPLETED");
        assertThat(received.getList("data.confirmReceipt.order.events.actorKind"))
                .containsExactly("CUSTOMER", "SYSTEM", "STAFF", "STAFF", "CUSTOMER");

        JsonPath mine = customer.query(MY_ORDERS, vars("first", 5));
        assertThat(mine.getList("data.myOrders.edges.node.id")).contains(id);
        assertThat(mine.getString("data.myOrders.queryTotal")).isNull();
    }

    private static Map<String, Object> pkg(String carrier, String tracking, Map<String, Object> line) {
        return vars("carrier", carrier, "trackingNumber", tracking, "lines", List.of(line));
    }
}
