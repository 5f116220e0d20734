package dev.zhanggui.server.order;

import dev.zhanggui.server.pricing.PricingTestData;
import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.order.OrderRestData.MY_CART;
import static dev.zhanggui.server.order.OrderRestData.MY_ORDERS;
import static dev.zhanggui.server.order.OrderRestData.ORDERS;
import static dev.zhanggui.server.order.OrderRestData.balance;
import static dev.zhanggui.server.order.OrderRestData.checkout;
import static dev.zhanggui.server.order.OrderRestData.line;
import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;

/**
 * The storefront flow over REST: the cart flags what cannot be bought, checkout from the cart pays
 * with the balance first and the rest online, the sandbox gateway pays and its callback marks the
 * order paid, staff ship it in two packages, and the customer confirms receipt and orders again.
 */
@QuarkusTest
class StorefrontOrderRestTest {

    @Test
    void cart_checkout_balance_first_rest_online_sandbox_payment_two_packages_receipt_and_reorder() {
        OrderRestData.emptyCart(Api::asCustomer);
        String me = OrderRestData.customerId(Api.asCustomer());
        if (balance(Api.asCustomer()).signum() == 0) {
            OrderRestData.credit(me, "20.00");
        }
        BigDecimal before = balance(Api.asCustomer());
        // Two units cost more than the whole balance, so that something is left to pay online.
        String price = before.divide(BigDecimal.TWO, 0, RoundingMode.DOWN).add(BigDecimal.valueOf(30)).setScale(2)
                .toPlainString();
        String jacket = OrderRestData.sku(price, 5);
        String socks = OrderRestData.sku("5.00", 10);
        String gone = PricingTestData.sku("3.00", 500, null, "OFF_SHELF");
        String carrier = OrderRestData.carrier();

        Api.asCustomer().body(Map.of("skuId", jacket, "quantity", 1)).post(MY_CART + "/lines").then().statusCode(200);
        Api.asCustomer().body(Map.of("skuId", jacket)).post(MY_CART + "/lines").then().statusCode(200);
        Api.asCustomer().body(Map.of("skuId", socks, "quantity", 3)).post(MY_CART + "/lines").then().statusCode(200);
        JsonPath cart = Api.asCustomer().body(Map.of("skuId", gone, "quantity", 1)).post(MY_CART + "/lines")
                .then().statusCode(200).extract().jsonPath();
        assertThat(cart.getList("lines.skuId")).containsExactly(jacket, socks, gone);
        assertThat(cart.getList("lines.quantity")).containsExactly(2, 3, 1);
        assertThat(cart.getList("lines.availability")).containsExactly("OK", "OK", "OFF_SHELF");
        assertThat(cart.getList("quote.lines.sku")).containsExactly(jacket, socks);

        cart = Api.asCustomer().body(Map.of("quantity", 20)).put(MY_CART + "/lines/" + socks)
                .then().statusCode(200).extract().jsonPath();
        assertThat(cart.getList("lines.availability")).containsExactly("OK", "OUT_OF_STOCK", "OFF_SHELF");
        assertThat(cart.getInt("lines[1].available")).isEqualTo(10);
        Api.asCustomer().body(Map.of("quantity", 3)).patch(MY_CART + "/lines/" + socks).then().statusCode(200)
                .body("lines[1].availability", equalTo("OK"));
        Api.asCustomer().body(Map.of("quantity", 0)).put(MY_CART + "/lines/" + gone).then().statusCode(200)
                .body("lines.skuId", equalTo(List.of(jacket, socks)));
        Api.asCustomer().body(Map.of("quantity", 0)).put(MY_CART + "/lines/not-a-sku")
                .then().spec(problem(404, "SKU_NOT_FOUND"));
        Api.asStaff().get(MY_CART).then().spec(problem(403, "FORBIDDEN"));

        Response placed = Api.asCustomer().body(checkout(null, carrier, "ONLINE", "useBalance", true,
                "buyerNote", "请周末送货", "deliveryDate", LocalDate.now().plusDays(30).toString())).post(MY_ORDERS);
        placed.then().statusCode(201).header("ETag", notNullValue()).header("Location", startsWith("http"));
        JsonPath order = placed.jsonPath();
        String id = order.getString("id");
        BigDecimal total = new BigDecimal(order.getString("total"));
        assertThat(order.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(order.getString("source")).isEqualTo("MOBILE_MALL");
        assertThat(order.getString("buyerNote")).isEqualTo("请周末送货");
        assertThat(order.getString("delivery.carrierId")).isEqualTo(carrier);
        assertThat(order.getString("delivery.address.recipient")).isEqualTo("张三");
        assertThat(order.getString("tenders[0].type")).isEqualTo("BALANCE");
        assertThat(new BigDecimal(order.getString("tenders[0].amount"))).isEqualByComparingTo(before);
        assertThat(order.getString("tenders[1].type")).isEqualTo("ONLINE");
        assertThat(order.getBoolean("tenders[1].settled")).isFalse();
        BigDecimal due = new BigDecimal(order.getString("amountDue"));
        assertThat(due).isEqualByComparingTo(total.subtract(before)).isPositive();
        assertThat(balance(Api.asCustomer())).isEqualByComparingTo("0.00");
        Api.asCustomer().get(MY_CART).then().statusCode(200).body("lines", equalTo(List.of()));

        JsonPath payment = Api.asCustomer().post(MY_ORDERS + "/" + id + "/payments")
                .then().statusCode(201).extract().jsonPath();
        assertThat(new BigDecimal(payment.getString("amount"))).isEqualByComparingTo(due);
        assertThat(payment.getString("payment.purpose")).isEqualTo("ORDER");
        assertThat(payment.getString("payment.status")).isEqualTo("PENDING");
        assertThat(payment.getString("intent.prepayId")).startsWith("wx");
        Api.asCustomer().post("/api/v1/payments/sandbox/" + payment.getString("payment.outTradeNo") + "/pay")
                .then().statusCode(200).body("callbackStatus", equalTo(200));

        JsonPath paid = Api.asCustomer().get(MY_ORDERS + "/" + id).then().statusCode(200).extract().jsonPath();
        assertThat(paid.getString("status")).isEqualTo("TO_SHIP");
        assertThat(paid.getString("amountDue")).isEqualTo("0.00");
        assertThat(paid.getString("tenders[1].reference")).isEqualTo(payment.getString("payment.id"));
        Api.asCustomer().post(MY_ORDERS + "/" + id + "/payments").then().spec(problem(409, "ORDER_INVALID_TRANSITION"));

        int jacketLine = lineOf(paid, jacket);
        int socksLine = lineOf(paid, socks);
        Api.asStaff().body(pack("SF0001", Map.of("line", jacketLine, "quantity", 1))).post(ORDERS + "/" + id + "/shipments")
                .then().statusCode(200).body("status", equalTo("TO_SHIP")).body("shipments.size()", equalTo(1));
        Api.asStaff().body(pack("SF0002", Map.of("line", jacketLine, "quantity", 5))).post(ORDERS + "/" + id + "/shipments")
                .then().spec(problem(400, "ORDER_SHIPMENT_INVALID"));
        JsonPath shipped = Api.asStaff().body(pack("SF0002", Map.of("line", jacketLine, "quantity", 1),
                        Map.of("line", socksLine, "quantity", 3))).post(ORDERS + "/" + id + "/shipments")
                .then().statusCode(200).extract().jsonPath();
        assertThat(shipped.getString("status")).isEqualTo("SHIPPED");
        assertThat(shipped.getList("shipments.trackingNumber")).containsExactly("SF0001", "SF0002");
        assertThat(shipped.getString("receiptDue")).isNotNull();

        Api.asSecondCustomer().post(MY_ORDERS + "/" + id + "/receipt").then().spec(problem(404, "ORDER_NOT_FOUND"));
        Api.asCustomer().post(MY_ORDERS + "/" + id + "/receipt").then().statusCode(200)
                .body("status", equalTo("COMPLETED"));
        assertThat(Api.asCustomer().get(MY_ORDERS + "/" + id + "/events").then().statusCode(200).extract().jsonPath()
                .getList("items.action")).containsExactly("PLACE", "PAY", "SHIP", "SHIP", "CONFIRM_RECEIPT");
        Api.asCustomer().queryParam("limit", 1).get(MY_ORDERS).then().statusCode(200).body("items[0].id", equalTo(id));

        JsonPath again = Api.asCustomer().post(MY_ORDERS + "/" + id + "/reorder").then().statusCode(200)
                .extract().jsonPath();
        assertThat(again.getList("lines.skuId")).containsExactly(jacket, socks);
        assertThat(again.getList("lines.quantity")).containsExactly(2, 3);
        OrderRestData.emptyCart(Api::asCustomer);
    }

    @Test
    void customers_reach_only_their_own_orders_and_correct_their_address_while_not_shipped() {
        String sku = OrderRestData.sku("12.00", 5);
        JsonPath order = OrderRestData.placed(Api.asCustomer(),
                checkout(List.of(line(sku, 1)), OrderRestData.carrier(), "ONLINE"));
        String id = order.getString("id");

        Api.asSecondCustomer().get(MY_ORDERS + "/" + id).then().spec(problem(404, "ORDER_NOT_FOUND"));
        Api.asAcmeCustomer().get(MY_ORDERS + "/" + id).then().spec(problem(404, "ORDER_NOT_FOUND"));
        Api.asAcmeAdmin().get(ORDERS + "/" + id).then().spec(problem(404, "ORDER_NOT_FOUND"));
        Api.asCustomer().get(MY_ORDERS + "/not-an-id").then().spec(problem(404, "ORDER_NOT_FOUND"));
        Api.asCustomer().get(ORDERS + "/" + id).then().spec(problem(403, "FORBIDDEN"));
        Api.asStaff().get(MY_ORDERS).then().spec(problem(403, "FORBIDDEN"));
        Api.anonymous().get(MY_ORDERS + "/" + id).then().spec(problem(401, "UNAUTHENTICATED"));

        Map<String, Object> corrected = OrderRestData.address("张三丰");
        Api.asCustomer().header("If-Match", "\"99\"").body(corrected).put(MY_ORDERS + "/" + id + "/address")
                .then().spec(problem(412, "VERSION_MISMATCH"));
        Api.asCustomer().header("If-Match", "\"" + order.getLong("version") + "\"").body(corrected)
                .put(MY_ORDERS + "/" + id + "/address").then().statusCode(200)
                .body("delivery.address.recipient", equalTo("张三丰"));
        corrected.put("phone", "");
        Api.asCustomer().body(corrected).put(MY_ORDERS + "/" + id + "/address")
                .then().spec(problem(400, "CUSTOMER_ADDRESS_INVALID")).body("errors[0].field", equalTo("address.phone"));
        Api.asSecondCustomer().body(OrderRestData.address("李四")).put(MY_ORDERS + "/" + id + "/address")
                .then().spec(problem(404, "ORDER_NOT_FOUND"));
        Api.asCustomer().post(MY_ORDERS + "/" + id + "/cancel").then().statusCode(200).body("status", equalTo("CLOSED"));
        Api.asCustomer().body(corrected).put(MY_ORDERS + "/" + id + "/address").then().statusCode(400);
        Api.asCustomer().body(OrderRestData.address("张三")).put(MY_ORDERS + "/" + id + "/address")
                .then().spec(problem(409, "ORDER_INVALID_TRANSITION"));
    }

    private static int lineOf(JsonPath order, String sku) {
        List<Map<String, Object>> lines = order.getList("lines");
        return lines.stream().filter(l -> sku.equals(l.get("skuId"))).map(l -> (Integer) l.get("index")).findFirst()
                .orElseThrow();
    }

    @SafeVarargs
    private static Map<String, Object> pack(String tracking, Map<String, Object>... lines) {
        return Map.of("carrier", "顺丰速运", "trackingNumber", tracking, "lines", List.of(lines));
    }
}
