package dev.zhanggui.server.order;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponBenefit;
import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.promotion.CouponScope;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateService;
import dev.zhanggui.promotion.CouponTerms;
import dev.zhanggui.promotion.CouponValidity;
import dev.zhanggui.promotion.GrantTarget;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.shared.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.order.OrderRestData.MY_ORDERS;
import static dev.zhanggui.server.order.OrderRestData.balance;
import static dev.zhanggui.server.order.OrderRestData.checkout;
import static dev.zhanggui.server.order.OrderRestData.line;
import static dev.zhanggui.server.order.OrderRestData.onHand;
import static dev.zhanggui.server.pricing.PricingTestData.DEMO;
import static dev.zhanggui.server.pricing.PricingTestData.STAFF;
import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;

/** Checkout over REST: the price guard, idempotent replays, bad input, and what a cancellation gives back. */
@QuarkusTest
class CheckoutRestTest {
    @Inject
    CouponTemplateService templates;
    @Inject
    CouponService coupons;
    @Inject
    CouponRepository couponRepository;

    @Test
    void a_checkout_at_a_price_the_customer_did_not_see_is_refused_with_the_new_quote() {
        String sku = OrderRestData.sku("25.00", 5);
        String carrier = OrderRestData.carrier();
        Map<String, Object> body = checkout(List.of(line(sku, 2)), carrier, "ONLINE", "expectedPayable", "1.00");

        JsonPath refused = Api.asCustomer().body(body).post(MY_ORDERS).then().spec(problem(409, "PRICE_CHANGED"))
                .extract().jsonPath();
        String payable = refused.getString("quote.payable");
        assertThat(new BigDecimal(payable)).isGreaterThanOrEqualTo(new BigDecimal("50.00"));
        assertThat(refused.getList("quote.lines.sku")).containsExactly(sku);
        assertThat(onHand(sku)).isEqualTo(5);

        body.put("expectedPayable", payable);
        JsonPath placed = OrderRestData.placed(Api.asCustomer(), body);
        assertThat(placed.getString("total")).isEqualTo(payable);
        body.put("expectedPayable", "2.00");
        body.put("acceptPriceChanges", true);
        OrderRestData.placed(Api.asCustomer(), body);
        assertThat(onHand(sku)).isEqualTo(1);
    }

    @Test
    void a_replayed_checkout_returns_the_same_order_and_a_different_body_under_the_key_is_refused() {
        String sku = OrderRestData.sku("8.00", 10);
        Map<String, Object> body = checkout(List.of(line(sku, 1)), OrderRestData.carrier(), "ONLINE");
        String key = "checkout-" + UUID.randomUUID();

        Response first = Api.asCustomer().header("Idempotency-Key", key).body(body).post(MY_ORDERS);
        first.then().statusCode(201);
        Response replay = Api.asCustomer().header("Idempotency-Key", key).body(body).post(MY_ORDERS);
        replay.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertThat(replay.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(replay.header("Location")).isEqualTo(first.header("Location"));
        assertThat(onHand(sku)).isEqualTo(9);

        body.put("lines", List.of(line(sku, 2)));
        Api.asCustomer().header("Idempotency-Key", key).body(body).post(MY_ORDERS)
                .then().spec(problem(422, "IDEMPOTENCY_KEY_REUSED"));
        assertThat(onHand(sku)).isEqualTo(9);
    }

    @Test
    void bad_input_is_a_400_naming_every_field_and_never_a_500() {
        String sku = OrderRestData.sku("8.00", 1);
        Map<String, Object> body = checkout(List.of(line(sku, 0), line("not-a-sku", 1)), "x", "BITCOIN",
                "delivery", "DRONE", "deliveryDate", "tomorrow", "expectedPayable", "1e9", "points", -5);
        JsonPath refused = Api.asCustomer().body(body).post(MY_ORDERS).then().spec(problem(400, "ORDER_INVALID"))
                .extract().jsonPath();
        assertThat(refused.getList("errors.field")).contains("lines[0].quantity", "lines[1].skuId", "carrierId",
                "tender", "delivery", "deliveryDate", "expectedPayable", "points");
        assertThat(refused.getList("errors.code")).contains("SKU_NOT_FOUND", "CARRIER_NOT_FOUND");

        Map<String, Object> unknown = checkout(List.of(line(sku, 1)), null, "ONLINE", "discount", "100%");
        Api.asCustomer().body(unknown).post(MY_ORDERS).then().spec(problem(400, "MALFORMED_REQUEST"))
                .body("errors[0].field", equalTo("discount"));
        Map<String, Object> wrongType = checkout(List.of(Map.of("skuId", sku, "quantity", "many")), null, "ONLINE");
        Api.asCustomer().body(wrongType).post(MY_ORDERS).then().spec(problem(400, "MALFORMED_REQUEST"));
        Api.asCustomer().body("{not json").post(MY_ORDERS).then().spec(problem(400, "MALFORMED_REQUEST"));
        Api.asCustomer().body(checkout(List.of(line(sku, 1)), OrderRestData.carrier(), "ONLINE",
                        "deliveryDate", LocalDate.now().toString())).post(MY_ORDERS)
                .then().spec(problem(400, "ORDER_DELIVERY_DATE_TOO_EARLY")).body("errors[0].field", equalTo("deliveryDate"));
        Api.asCustomer().body(checkout(List.of(line(sku, 2)), OrderRestData.carrier(), "ONLINE")).post(MY_ORDERS)
                .then().spec(problem(422, "STOCK_INSUFFICIENT"));
        Api.asCustomer().body(checkout(List.of(line(sku, 1)), OrderRestData.carrier(), "ONLINE",
                "customerId", "x")).post(MY_ORDERS).then().spec(problem(400, "MALFORMED_REQUEST"));
        Api.asCustomer().body(checkout(List.of(line(sku, 1)), OrderRestData.carrier(), "CASH")).post(MY_ORDERS)
                .then().spec(problem(400, "ORDER_TENDER_INVALID"));
        OrderRestData.emptyCart(Api::asSecondCustomer);
        Api.asSecondCustomer().body(checkout(null, OrderRestData.carrier(), "ONLINE")).post(MY_ORDERS)
                .then().spec(problem(422, "CART_EMPTY"));
        assertThat(onHand(sku)).isEqualTo(1);
    }

    @Test
    void cancelling_an_unpaid_order_gives_back_stock_coupon_and_balance() {
        String me = OrderRestData.customerId(Api.asCustomer());
        OrderRestData.credit(me, "15.00");
        BigDecimal before = balance(Api.asCustomer());
        String price = before.add(BigDecimal.valueOf(40)).setScale(0, RoundingMode.DOWN).setScale(2).toPlainString();
        String sku = OrderRestData.sku(price, 3);
        String coupon = couponFor(CustomerId.parse(me));

        JsonPath order = OrderRestData.placed(Api.asCustomer(), checkout(List.of(line(sku, 1)), OrderRestData.carrier(),
                "ONLINE", "useBalance", true, "coupon", coupon));
        String id = order.getString("id");
        assertThat(order.getString("couponId")).isEqualTo(coupon);
        assertThat(order.getString("couponDiscount")).isEqualTo("5.00");
        assertThat(order.getString("status")).isEqualTo("PENDING_PAYMENT");
        assertThat(balance(Api.asCustomer())).isEqualByComparingTo("0.00");
        assertThat(onHand(sku)).isEqualTo(2);
        assertThat(couponStatus(coupon)).isEqualTo("RESERVED");

        Api.asSecondCustomer().post(MY_ORDERS + "/" + id + "/cancel").then().spec(problem(404, "ORDER_NOT_FOUND"));
        Api.asCustomer().post(MY_ORDERS + "/" + id + "/cancel").then().statusCode(200).body("status", equalTo("CLOSED"));

        assertThat(onHand(sku)).isEqualTo(3);
        assertThat(couponStatus(coupon)).isEqualTo("AVAILABLE");
        assertThat(balance(Api.asCustomer())).isEqualByComparingTo(before);
        Api.asCustomer().post(MY_ORDERS + "/" + id + "/cancel").then().spec(problem(409, "ORDER_INVALID_TRANSITION"));
        Api.asCustomer().get(MY_ORDERS + "/" + id + "/events").then().statusCode(200)
                .body("items.action", hasItems("PLACE", "CANCEL")).body("items.to", hasItem("CLOSED"));
    }

    private String couponFor(CustomerId customer) {
        CouponTemplate template = templates.create(STAFF, new CouponTerms("订单测试券", new CouponBenefit.FixedAmount(
                Money.of("5.00")), Money.of("0.00"), CouponScope.ALL, new CouponValidity.DaysFromClaim(30), 100, 1, true));
        coupons.grant(STAFF, template.id(), new GrantTarget.Listed(List.of(customer)));
        return QuarkusTransaction.requiringNew().call(() -> couponRepository.heldBy(DEMO, customer)).stream()
                .filter(c -> c.template().equals(template.id())).map(Coupon::id).findFirst().orElseThrow()
                .value().toString();
    }

    private static String couponStatus(String coupon) {
        List<Map<String, Object>> mine = Api.asCustomer().queryParam("limit", 100).get(Api.ME + "/coupons")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return mine.stream().filter(c -> coupon.equals(c.get("id"))).map(c -> (String) c.get("status")).findFirst()
                .orElse("MISSING");
    }
}
