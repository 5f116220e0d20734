package dev.zhanggui.server.aftersale;

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
import dev.zhanggui.server.testing.ProductRequests;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockService;
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

import static org.hamcrest.Matchers.equalTo;

/**
 * The REST side of the after-sales tests: SKUs with their own stock, a carrier, orders placed by the
 * demo customer and paid online through the sandbox (with balance and a coupon if asked),
 * shipping, and reading wallets and stock. The demo customers are shared with other tests, so every
 * order here is paid in full (never an unsettled cash-on-delivery one) and amounts are asserted
 * relative to what the test set up. (The realm's test-only customers cannot be added to: Keycloak
 * keeps the realm it imported once.)
 */
final class AfterSaleRestData {
    static final String ME_AFTER_SALES = Api.ME + "/after-sales";
    static final String AFTER_SALES = "/api/v1/after-sales";
    static final String ORDERS = "/api/v1/orders";
    static final MerchantId DEMO = MerchantId.of("demo");
    static final Actor ADMIN = Actor.admin(DEMO, "admin");

    private AfterSaleRestData() {
    }

    static RequestSpecification asBuyer() {
        return Api.asCustomer();
    }

    static RequestSpecification asOtherBuyer() {
        return Api.asSecondCustomer();
    }

    /** A new on-sale SKU of merchant demo at this price, with this much stock in the warehouse. */
    static String sku(String name, String price, int stock) {
        return ProductRequests.onSaleWithStock("AFR", name, price, stock)[1];
    }

    static String carrier() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "售后测试快递 " + UUID.randomUUID().toString().substring(0, 8));
        body.put("firstKg", "10.00");
        body.put("perAdditionalKg", "2.00");
        return Api.asAdmin().body(body).post("/api/v1/carriers").then().statusCode(201).extract().path("id");
    }

    static Map<String, Object> line(String sku, int quantity) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("skuId", sku);
        l.put("quantity", quantity);
        return l;
    }

    /** Places an express order of these lines, the rest paid online; more as name/value pairs (coupon, useBalance). */
    static JsonPath placed(RequestSpecification as, List<Map<String, Object>> lines, String carrier, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lines", lines);
        body.put("carrierId", carrier);
        body.put("address", Map.of("recipient", "售后", "phone", "13800000103", "province", "广东省", "city", "深圳市",
                "district", "南山区", "detail", "科技园 3 号"));
        body.put("coupon", "NONE");
        body.put("tender", "ONLINE");
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return as.body(body).post(Api.ME + "/orders").then().statusCode(201).extract().jsonPath();
    }

    /** Pays what is due online through the sandbox; answers the order, now to ship. */
    static JsonPath paidOnline(RequestSpecification as, RequestSpecification again, String orderId) {
        String outTradeNo = as.post(Api.ME + "/orders/" + orderId + "/payments").then().statusCode(201).extract()
                .path("payment.outTradeNo");
        again.post("/api/v1/payments/sandbox/" + outTradeNo + "/pay").then().statusCode(200)
                .body("callbackStatus", equalTo(200));
        return Api.asStaff().get(ORDERS + "/" + orderId).then().statusCode(200).body("status", equalTo("TO_SHIP"))
                .extract().jsonPath();
    }

    /** An order of the SKU paid online in full by the buyer, to ship. */
    static JsonPath paidOrder(String sku, int quantity, String carrier) {
        JsonPath order = placed(asBuyer(), List.of(line(sku, quantity)), carrier);
        return paidOnline(asBuyer(), asBuyer(), order.getString("id"));
    }

    /** Ships every unit of the order in one package. */
    static void shipAll(JsonPath order) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (Map<String, Object> l : order.<Map<String, Object>>getList("lines")) {
            lines.add(Map.of("line", l.get("index"), "quantity", l.get("quantity")));
        }
        Api.asStaff().body(Map.of("carrier", "顺丰", "trackingNumber", "SF" + order.getString("number"),
                        "lines", lines)).post(ORDERS + "/" + order.getString("id") + "/shipments")
                .then().statusCode(200).body("status", equalTo("SHIPPED"));
    }

    static String customerId(RequestSpecification as) {
        return as.get(Api.ME).then().statusCode(200).extract().path("id");
    }

    static void creditBalance(String customerId, String amount) {
        Api.asAdmin().body(Map.of("reason", "STAFF_CREDIT", "amount", amount, "note", "售后测试"))
                .post(Api.CUSTOMERS + "/" + customerId + "/wallet/credits").then().statusCode(201);
    }

    /** A 10.00 coupon granted to the customer; answers its id. */
    static String couponFor(String customerId) {
        CouponTemplateService templates = Arc.container().instance(CouponTemplateService.class).get();
        CouponService coupons = Arc.container().instance(CouponService.class).get();
        CouponRepository repository = Arc.container().instance(CouponRepository.class).get();
        CustomerId customer = CustomerId.parse(customerId);
        CouponTemplate template = templates.create(ADMIN, new CouponTerms("售后测试券", new CouponBenefit.FixedAmount(
                Money.of("10.00")), Money.of("0.00"), CouponScope.ALL, new CouponValidity.DaysFromClaim(30), 100, 1,
                true));
        coupons.grant(ADMIN, template.id(), new GrantTarget.Listed(List.of(customer)));
        return QuarkusTransaction.requiringNew().call(() -> repository.heldBy(DEMO, customer)).stream()
                .filter(c -> c.template().equals(template.id())).map(Coupon::id).findFirst().orElseThrow()
                .value().toString();
    }

    static String couponStatus(RequestSpecification as, String coupon) {
        List<Map<String, Object>> mine = as.queryParam("limit", 100).get(Api.ME + "/coupons")
                .then().statusCode(200).extract().jsonPath().getList("items");
        return mine.stream().filter(c -> coupon.equals(c.get("id"))).map(c -> (String) c.get("status")).findFirst()
                .orElse("MISSING");
    }

    static JsonPath wallet(RequestSpecification as) {
        return as.get(Api.ME + "/wallet").then().statusCode(200).extract().jsonPath();
    }

    static BigDecimal balance(RequestSpecification as) {
        return new BigDecimal(wallet(as).getString("balance"));
    }

    static int onHand(String sku) {
        StockService stock = Arc.container().instance(StockService.class).get();
        SkuId id = SkuId.parse(sku);
        return QuarkusTransaction.requiringNew().call(() ->
                stock.levels(DEMO, List.of(id), Optional.empty()).get(id).onHand());
    }

    /** Asks for after-sales on the order as the buyer; more as name/value pairs (lines, description, ...). */
    static JsonPath requested(RequestSpecification as, String orderId, String type, String reason, Object... more) {
        return as.body(request(type, reason, more)).post(Api.ME + "/orders/" + orderId + "/after-sales")
                .then().statusCode(201).extract().jsonPath();
    }

    static Map<String, Object> request(String type, String reason, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type);
        body.put("reason", reason);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    static List<Map<String, Object>> lines(int... lineAndQuantity) {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < lineAndQuantity.length; i += 2) {
            lines.add(Map.of("line", lineAndQuantity[i], "quantity", lineAndQuantity[i + 1]));
        }
        return lines;
    }

    /** A staff step on the request: approve, reject, return-received, refund or manual-refund. */
    static JsonPath staffStep(String afterSaleId, String step, Map<String, Object> body) {
        RequestSpecification call = Api.asStaff();
        if (body != null) {
            call.body(body);
        }
        return call.post(AFTER_SALES + "/" + afterSaleId + "/" + step).then().statusCode(200).extract().jsonPath();
    }
}
