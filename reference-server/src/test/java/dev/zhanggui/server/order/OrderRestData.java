package dev.zhanggui.server.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.server.pricing.PricingTestData;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.TestCatalog;
import dev.zhanggui.shared.MerchantId;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Order test data of merchant demo that belongs to one test: on-sale SKUs with their own stock,
 * a carrier of known rate, an address, and checkout bodies. Tests share the demo customers, so
 * checkouts name their lines (the cart is emptied first where a test uses it) and choose no
 * coupon unless they mean to.
 */
final class OrderRestData {
    static final String MY_ORDERS = Api.ME + "/orders";
    static final String MY_CART = Api.ME + "/cart";
    static final String ORDERS = "/api/v1/orders";

    private OrderRestData() {
    }

    /** A new on-sale SKU of merchant demo at this price (500 g), with this much stock in the warehouse. */
    static String sku(String price, int stock) {
        String sku = PricingTestData.sku(price, 500, null);
        TestCatalog.setStock(sku, null, stock);
        return sku;
    }

    /** A new carrier: 10.00 for the first kg, 2.00 for each further kg. */
    static String carrier() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "订单测试快递 " + UUID.randomUUID().toString().substring(0, 8));
        body.put("firstKg", "10.00");
        body.put("perAdditionalKg", "2.00");
        return Api.asAdmin().body(body).post("/api/v1/carriers").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> address(String recipient) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("recipient", recipient);
        a.put("phone", "13800000001");
        a.put("province", "广东省");
        a.put("city", "深圳市");
        a.put("district", "南山区");
        a.put("detail", "科技园 1 号");
        return a;
    }

    static Map<String, Object> line(String sku, int quantity) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("skuId", sku);
        l.put("quantity", quantity);
        return l;
    }

    /** An express checkout of these lines, no coupon, the given tender for the rest; more as name/value pairs. */
    static Map<String, Object> checkout(List<Map<String, Object>> lines, String carrier, String tender, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (lines != null) {
            body.put("lines", lines);
        }
        body.put("carrierId", carrier);
        body.put("address", address("张三"));
        body.put("coupon", "NONE");
        body.put("tender", tender);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    /** A staff order for a customer of these lines; more as name/value pairs. */
    static Map<String, Object> staffOrder(String customerId, List<Map<String, Object>> lines, String carrier,
                                          String tender, Object... more) {
        Map<String, Object> body = checkout(lines, carrier, tender, more);
        body.put("customerId", customerId);
        return body;
    }

    static JsonPath placed(RequestSpecification as, Map<String, Object> body) {
        return as.body(body).post(MY_ORDERS).then().statusCode(201).extract().jsonPath();
    }

    static JsonPath staffPlaced(Map<String, Object> body) {
        return Api.asStaff().body(body).post(ORDERS).then().statusCode(201).extract().jsonPath();
    }

    static BigDecimal balance(RequestSpecification as) {
        return new BigDecimal(as.get(Api.ME + "/wallet").then().statusCode(200).extract().<String>path("balance"));
    }

    static String customerId(RequestSpecification as) {
        return as.get(Api.ME).then().statusCode(200).extract().path("id");
    }

    static void credit(String customerId, String amount) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("reason", "STAFF_CREDIT");
        body.put("amount", amount);
        body.put("note", "订单测试");
        Api.asAdmin().body(body).post(Api.CUSTOMERS + "/" + customerId + "/wallet/credits").then().statusCode(201);
    }

    /** Takes every line out of the calling customer's cart. */
    static void emptyCart(Supplier<RequestSpecification> as) {
        List<Map<String, Object>> lines = as.get().get(MY_CART).then().statusCode(200).extract().jsonPath().getList("lines");
        for (Map<String, Object> l : new ArrayList<>(lines)) {
            RequestSpecification call = as.get();
            if (l.get("storeId") != null) {
                call.queryParam("storeId", l.get("storeId"));
            }
            call.delete(MY_CART + "/lines/" + l.get("skuId")).then().statusCode(200);
        }
    }

    /** Units on hand of a SKU in the warehouse. */
    static int onHand(String sku) {
        StockService stock = Arc.container().instance(StockService.class).get();
        SkuId id = SkuId.parse(sku);
        return QuarkusTransaction.requiringNew().call(() ->
                stock.levels(MerchantId.of("demo"), List.of(id), Optional.empty()).get(id).onHand());
    }
}
