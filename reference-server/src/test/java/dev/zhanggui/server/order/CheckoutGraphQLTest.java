package dev.zhanggui.server.order;

import dev.zhanggui.server.order.OrderTestData.Item;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.TestCatalog;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.order.OrderGraphQLDocuments.ADD_TO_CART;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CART;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.CHECKOUT;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.REORDER;
import static dev.zhanggui.server.order.OrderGraphQLDocuments.UPDATE_CART_LINE;
import static dev.zhanggui.server.order.OrderTestData.address;
import static dev.zhanggui.server.order.OrderTestData.line;
import static dev.zhanggui.server.order.OrderTestData.ok;
import static dev.zhanggui.server.order.OrderTestData.vars;
import static dev.zhanggui.server.testing.GraphQLClient.errorCodes;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checkout and the cart over GraphQL: a re-quote that differs is refused with PRICE_CHANGED and
 * the new quote, a replayed key answers the first order, the cart flags what cannot be bought.
 */
@QuarkusTest
class CheckoutGraphQLTest {
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER_2);

    private static Map<String, Object> transferOrder(String sku, int quantity, Object... more) {
        Map<String, Object> in = vars("lines", List.of(line(sku, quantity)), "address", address("李四"),
                "coupon", "NONE", "rest", "OFFLINE_TRANSFER");
        for (int i = 0; i < more.length; i += 2) {
            in.put((String) more[i], more[i + 1]);
        }
        return in;
    }

    @Test
    void a_changed_price_is_refused_with_the_new_quote_and_accepted_on_request() {
        Item item = OrderTestData.item("价格变动", "25.00", 5);

        JsonPath refused = customer.mutate(CHECKOUT, vars("in", transferOrder(item.skuId(), 2, "expectedPayable", "1.00")));

        assertThat(errorCodes(refused, "data.checkout")).containsExactly("PRICE_CHANGED");
        assertThat(refused.getString("data.checkout.order")).isNull();
        String payable = refused.getString("data.checkout.quote.payable");
        assertThat(payable).isNotEqualTo("1.00");
        assertThat(refused.getList("data.checkout.quote.lines.sku")).containsExactly(item.skuId());
        assertThat(OrderTestData.available(item.skuId(), null)).isEqualTo(5);

        JsonPath again = ok(customer.mutate(CHECKOUT, vars("in", transferOrder(item.skuId(), 2, "expectedPayable", payable))),
                "data.checkout");
        assertThat(again.getString("data.checkout.order.total")).isEqualTo(payable);
        assertThat(again.getString("data.checkout.quote")).isNull();

        JsonPath accepted = ok(customer.mutate(CHECKOUT, vars("in", transferOrder(item.skuId(), 1,
                "expectedPayable", "1.00", "acceptPriceChanges", true))), "data.checkout");
        assertThat(accepted.getString("data.checkout.order.status")).isEqualTo("PENDING_PAYMENT");
        assertThat(OrderTestData.available(item.skuId(), null)).isEqualTo(2);
    }

    @Test
    void the_same_key_answers_the_first_order_and_other_input_with_it_is_refused() {
        Item item = OrderTestData.item("幂等", "8.00", 5);
        String key = "checkout-" + UUID.randomUUID();

        JsonPath first = ok(customer.mutate(CHECKOUT, vars("key", key, "in", transferOrder(item.skuId(), 1))),
                "data.checkout");
        JsonPath replay = customer.mutate(CHECKOUT, vars("key", key, "in", transferOrder(item.skuId(), 1)));
        JsonPath other = customer.mutate(CHECKOUT, vars("key", key, "in", transferOrder(item.skuId(), 2)));

        assertThat(replay.getString("data.checkout.order.id")).isEqualTo(first.getString("data.checkout.order.id"));
        assertThat(replay.getString("data.checkout.order.number"))
                .isEqualTo(first.getString("data.checkout.order.number"));
        assertThat(OrderTestData.available(item.skuId(), null)).isEqualTo(4);
        assertThat(errorCodes(other, "data.checkout")).containsExactly("IDEMPOTENCY_KEY_REUSED");
    }

    @Test
    void the_cart_flags_off_shelf_and_short_lines_and_checks_out_nothing_it_cannot() {
        OrderTestData.emptyCart(customer);
        Item plenty = OrderTestData.item("有货", "3.00", 50);
        Item scarce = OrderTestData.item("紧俏", "4.00", 1);
        Item gone = OrderTestData.item("下架", "5.00", 9);
        for (Item item : List.of(plenty, scarce, gone)) {
            ok(customer.mutate(ADD_TO_CART, vars("sku", item.skuId(), "qty", 2)), "data.addToCart");
        }
        OrderTestData.setStatus(gone.productId(), "OFF_SHELF");

        JsonPath cart = customer.query(CART);

        assertThat(cart.getList("data.cart.lines.availability")).containsExactly("OK", "OUT_OF_STOCK", "OFF_SHELF");
        assertThat(cart.getList("data.cart.lines.available", Integer.class)).startsWith(50, 1);
        assertThat(cart.getList("data.cart.quote.lines.sku")).containsExactly(plenty.skuId());
        JsonPath cleared = ok(customer.mutate(UPDATE_CART_LINE, vars("sku", gone.skuId(), "qty", 0)),
                "data.updateCartLine");
        assertThat(cleared.getList("data.updateCartLine.cart.lines.skuId")).containsExactly(plenty.skuId(), scarce.skuId());
        JsonPath bad = customer.mutate(UPDATE_CART_LINE, vars("sku", gone.skuId(), "qty", 3));
        assertThat(errorCodes(bad, "data.updateCartLine")).containsExactly("CART_LINE_INVALID");

        TestCatalog.setStock(scarce.skuId(), null, 0);
        JsonPath placed = customer.mutate(CHECKOUT, vars("in", vars("address", address("李四"), "coupon", "NONE",
                "rest", "OFFLINE_TRANSFER")));
        assertThat(errorCodes(placed, "data.checkout")).containsExactly("STOCK_INSUFFICIENT");
        assertThat(placed.getList("data.checkout.errors.field")).containsExactly("lines[1].quantity");
        assertThat(OrderTestData.available(plenty.skuId(), null)).isEqualTo(50);
        assertThat(customer.query(CART).getList("data.cart.lines")).hasSize(2);
        OrderTestData.emptyCart(customer);
    }

    @Test
    void reorder_fills_the_cart_with_an_old_orders_lines() {
        OrderTestData.emptyCart(customer);
        Item item = OrderTestData.item("再次订购", "6.00", 10);
        String id = ok(customer.mutate(CHECKOUT, vars("in", transferOrder(item.skuId(), 3))), "data.checkout")
                .getString("data.checkout.order.id");

        JsonPath cart = ok(customer.mutate(REORDER, vars("id", id)), "data.reorder");

        assertThat(cart.getList("data.reorder.cart.lines.skuId")).containsExactly(item.skuId());
        assertThat(cart.getList("data.reorder.cart.lines.quantity", Integer.class)).containsExactly(3);
        assertThat(errorCodes(customer.mutate(REORDER, vars("id", UUID.randomUUID().toString())), "data.reorder"))
                .containsExactly("ORDER_NOT_FOUND");
        OrderTestData.emptyCart(customer);
    }
}
