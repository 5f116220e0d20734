package dev.zhanggui.server.promotion;

import dev.zhanggui.server.pricing.PricingTestData;
import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Coupons over REST: templates, shared codes, claiming, my coupons, grants, and who may do what. */
@QuarkusTest
class CouponRestTest {
    static final String TEMPLATES = "/api/v1/coupon-templates";

    static Map<String, Object> template(int total, int perCustomer) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("name", "测试券 " + UUID.randomUUID().toString().substring(0, 6));
        body.put("benefit", Map.of("kind", "FIXED_AMOUNT", "amount", "10.00"));
        body.put("minimumSpend", "50.00");
        body.put("validity", Map.of("kind", "DAYS_FROM_CLAIM", "days", 30));
        body.put("totalQuantity", total);
        body.put("perCustomerLimit", perCustomer);
        return body;
    }

    static String createTemplate(Map<String, Object> body) {
        return Api.asAdmin().body(body).when().post(TEMPLATES).then().statusCode(201)
                .body("benefit.kind", equalTo("FIXED_AMOUNT")).body("issued", equalTo(0))
                .extract().path("id");
    }

    static String sharedCode(String template, int limit) {
        String code = "T" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Api.asAdmin().body(Map.of("sharedCode", code, "limit", limit)).when().post(TEMPLATES + "/" + template + "/codes")
                .then().statusCode(201).body("items[0].code", equalTo(code));
        return code;
    }

    @Test
    void a_customer_claims_with_a_code_once_and_sees_the_coupon_among_theirs() {
        String template = createTemplate(template(100, 1));
        String code = sharedCode(template, 50);
        String coupon = Api.asSecondCustomer().when().post("/api/v1/coupon-codes/" + code.toLowerCase() + "/claims")
                .then().statusCode(201)
                .body("template", equalTo(template)).body("status", equalTo("AVAILABLE")).body("source", equalTo("CODE"))
                .extract().path("id");
        Api.asSecondCustomer().when().post("/api/v1/coupon-codes/" + code + "/claims")
                .then().spec(problem(422, "COUPON_LIMIT_REACHED"));
        Api.asSecondCustomer().when().get("/api/v1/me/coupons?status=AVAILABLE")
                .then().statusCode(200).body("items.id", hasItem(coupon));
        Api.asSecondCustomer().when().get("/api/v1/me/coupons?status=USED")
                .then().statusCode(200).body("items.id", not(hasItem(coupon)));
        Api.asSecondCustomer().when().get("/api/v1/me/coupons?status=SOMETIMES")
                .then().spec(problem(400, "VALIDATION_FAILED"));
        Api.asAdmin().when().get(TEMPLATES + "/" + template).then().statusCode(200).body("issued", equalTo(1));
        Api.asAdmin().when().get(TEMPLATES + "/" + template + "/codes").then().statusCode(200)
                .body("items[0].redeemed", equalTo(1));
    }

    @Test
    void unknown_and_malformed_codes_are_refused() {
        Api.asCustomer().when().post("/api/v1/coupon-codes/NOSUCHCODE1/claims")
                .then().spec(problem(404, "COUPON_CODE_UNKNOWN"));
        Api.asCustomer().when().post("/api/v1/coupon-codes/x!/claims")
                .then().spec(problem(400, "COUPON_CODE_INVALID"));
    }

    @Test
    void staff_grant_to_listed_customers_and_those_at_their_limit_are_skipped() {
        String template = createTemplate(template(100, 1));
        String first = PricingTestData.customer().value().toString();
        String second = PricingTestData.customer().value().toString();
        Api.asStaff().body(Map.of("target", "CUSTOMERS", "customers", List.of(first)))
                .when().post(TEMPLATES + "/" + template + "/grants")
                .then().statusCode(200).body("issued", equalTo(1));
        Api.asStaff().body(Map.of("target", "CUSTOMERS", "customers", List.of(first, second)))
                .when().post(TEMPLATES + "/" + template + "/grants")
                .then().statusCode(200).body("issued", equalTo(1))
                .body("skipped[0].customer", equalTo(first)).body("skipped[0].reason", equalTo("COUPON_LIMIT_REACHED"));
        Api.asStaff().body(Map.of("target", "EVERYONE")).when().post(TEMPLATES + "/" + template + "/grants")
                .then().spec(problem(400, "VALIDATION_FAILED"));
    }

    @Test
    void staff_grant_to_a_tag_and_to_a_level() {
        String template = createTemplate(template(100, 1));
        String tag = Api.uniqueTag();
        String tagged = Api.createCustomer(Api.randomPhone(), tag);
        Api.asStaff().body(Map.of("target", "TAG", "tag", tag)).when().post(TEMPLATES + "/" + template + "/grants")
                .then().statusCode(200).body("issued", equalTo(1));
        Api.asAdmin().when().get(TEMPLATES + "/" + template).then().body("issued", equalTo(1));

        // above any points other tests give, so only this test's member is at the level
        long requirement = 100_000_000_000L + java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String level = Api.asAdmin().body(Map.of("name", "发券级别 " + requirement, "pointsRequirement", requirement,
                "discountRate", "0.99")).when().post("/api/v1/member-levels").then().statusCode(201).extract().path("id");
        try {
            dev.zhanggui.customer.CustomerId member = PricingTestData.customer();
            Api.asStaff().body(Map.of("target", "LEVEL", "level", level)).when().post(TEMPLATES + "/" + template + "/grants")
                    .then().statusCode(200).body("issued", equalTo(0));
            pointsFor(member, requirement);
            Api.asStaff().body(Map.of("target", "LEVEL", "level", level)).when().post(TEMPLATES + "/" + template + "/grants")
                    .then().statusCode(200).body("issued", equalTo(1));
        } finally {
            Api.asAdmin().when().delete("/api/v1/member-levels/" + level).then().statusCode(204);
        }
        org.hamcrest.MatcherAssert.assertThat(tagged, not(equalTo(null)));
    }

    @jakarta.inject.Inject
    dev.zhanggui.wallet.WalletPaymentService wallets;

    private void pointsFor(dev.zhanggui.customer.CustomerId customer, long points) {
        PricingTestData.givePoints(wallets, customer, points);
    }

    @Test
    void templates_are_validated_versioned_and_for_staff_only() {
        Map<String, Object> bad = template(10, 20);
        bad.put("benefit", Map.of("kind", "RATE", "rate", "1.5"));
        Api.asAdmin().body(bad).when().post(TEMPLATES).then().spec(problem(400, "COUPON_TEMPLATE_INVALID"))
                .body("errors[0].field", equalTo("benefit.rate"));
        Map<String, Object> rate = template(10, 2);
        rate.put("benefit", Map.of("kind", "RATE", "rate", "0.9", "cap", "30.00"));
        rate.put("scope", Map.of("kind", "CATEGORIES", "ids", List.of(UUID.randomUUID().toString())));
        rate.put("validity", Map.of("kind", "FIXED_WINDOW", "from", "2026-01-01T00:00:00Z", "until", "2036-01-01T00:00:00Z"));
        String id = Api.asAdmin().body(rate).when().post(TEMPLATES).then().statusCode(201)
                .body("benefit.rate", equalTo("0.9")).body("benefit.cap", equalTo("30.00"))
                .body("scope.kind", equalTo("CATEGORIES")).body("validity.kind", equalTo("FIXED_WINDOW"))
                .extract().path("id");
        rate.put("name", "改名券");
        Api.asAdmin().header("If-Match", "\"0\"").body(rate).when().put(TEMPLATES + "/" + id)
                .then().statusCode(200).body("name", equalTo("改名券")).body("version", equalTo(1));
        Api.asAdmin().header("If-Match", "\"0\"").body(rate).when().put(TEMPLATES + "/" + id)
                .then().statusCode(412);
        Api.asAdmin().body(Map.of("enabled", false)).when().put(TEMPLATES + "/" + id + "/enabled")
                .then().statusCode(200).body("enabled", equalTo(false));
        Api.asCustomer().when().get(TEMPLATES).then().statusCode(403);
        Api.asCustomer().body(template(1, 1)).when().post(TEMPLATES).then().statusCode(403);
        Api.asAcmeAdmin().when().get(TEMPLATES + "/" + id).then().spec(problem(404, "COUPON_TEMPLATE_NOT_FOUND"));
        Api.asAdmin().when().get(TEMPLATES + "/not-an-id").then().spec(problem(404, "COUPON_TEMPLATE_NOT_FOUND"));
    }
}
