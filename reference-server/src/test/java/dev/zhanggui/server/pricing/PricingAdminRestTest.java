package dev.zhanggui.server.pricing;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.Pages;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Admin operations of pricing over REST: create, read, change with If-Match, remove; who may do what. */
@QuarkusTest
class PricingAdminRestTest {

    @Test
    void member_levels_and_level_prices() {
        long requirement = 20_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String name = "级别 " + requirement;
        String id = Api.asAdmin().body(Map.of("name", name, "pointsRequirement", requirement, "discountRate", "0.88"))
                .when().post("/api/v1/member-levels")
                .then().statusCode(201).body("discountRate", equalTo("0.88")).extract().path("id");
        Api.asAdmin().body(Map.of("name", name + "x", "pointsRequirement", requirement, "discountRate", "0.9"))
                .when().post("/api/v1/member-levels").then().spec(problem(409, "MEMBER_LEVEL_TAKEN"));
        Api.asAdmin().body(Map.of("name", "坏", "pointsRequirement", 5, "discountRate", "1.5"))
                .when().post("/api/v1/member-levels").then().spec(problem(400, "MEMBER_LEVEL_INVALID"));
        Api.asCustomer().queryParam("limit", 100).when().get("/api/v1/member-levels").then().statusCode(200)
                .body("items.id", hasItem(id));
        Api.asCustomer().body(Map.of("name", "我", "pointsRequirement", 1, "discountRate", "0.1"))
                .when().post("/api/v1/member-levels").then().statusCode(403);
        Api.asAdmin().header("If-Match", "\"0\"")
                .body(Map.of("name", name, "pointsRequirement", requirement, "discountRate", "0.8"))
                .when().put("/api/v1/member-levels/" + id).then().statusCode(200).body("version", equalTo(1));

        String sku = PricingTestData.sku("30.00", 0, null);
        Api.asAdmin().body(Map.of("price", "25.00")).when().put("/api/v1/member-levels/" + id + "/prices/" + sku)
                .then().statusCode(200).body("price", equalTo("25.00"));
        Api.asAdmin().when().get("/api/v1/member-levels/" + id + "/prices").then().statusCode(200)
                .body("items[0].sku", equalTo(sku));
        Api.asAdmin().body(Map.of("price", "25.00"))
                .when().put("/api/v1/member-levels/" + id + "/prices/" + UUID.randomUUID())
                .then().spec(problem(404, "SKU_NOT_FOUND"));
        Api.asAdmin().body(Map.of("price", "-1")).when().put("/api/v1/member-levels/" + id + "/prices/" + sku)
                .then().spec(problem(400, "LEVEL_PRICE_INVALID"));
        Api.asAcmeAdmin().when().get("/api/v1/member-levels/" + id).then().spec(problem(404, "MEMBER_LEVEL_NOT_FOUND"));

        Api.asAdmin().when().delete("/api/v1/member-levels/" + id).then().statusCode(204);
        Api.asAdmin().when().get("/api/v1/member-levels/" + id).then().spec(problem(404, "MEMBER_LEVEL_NOT_FOUND"));
    }

    @Test
    void customer_groups_with_members_and_their_price_lists() {
        String customer = PricingTestData.customer().value().toString();
        String group = Api.asStaff().body(Map.of("name", "批发 " + UUID.randomUUID().toString().substring(0, 6)))
                .when().post("/api/v1/customer-groups").then().statusCode(201).extract().path("id");
        Api.asStaff().body(Map.of("customers", List.of(customer))).when().post("/api/v1/customer-groups/" + group + "/members")
                .then().statusCode(200).body("memberCount", equalTo(1));
        Api.asStaff().when().get("/api/v1/customer-groups/" + group + "/members").then().statusCode(200)
                .body("items.customer", hasItem(customer));

        String sku = PricingTestData.sku("10.00", 0, null);
        Map<String, Object> list = new LinkedHashMap<>();
        list.put("name", "批发价");
        list.put("group", group);
        list.put("validFrom", "2026-01-01T00:00:00Z");
        list.put("entries", List.of(Map.of("sku", sku, "breaks", List.of(
                Map.of("minQuantity", 1, "unitPrice", "10.00"), Map.of("minQuantity", 10, "unitPrice", "9.00"),
                Map.of("minQuantity", 100, "unitPrice", "8.20")))));
        String listId = Api.asStaff().body(list).when().post("/api/v1/price-lists").then().statusCode(201)
                .body("entries[0].breaks[2].unitPrice", equalTo("8.20")).extract().path("id");
        Api.asAdmin().body(Map.of("lines", List.of(Map.of("sku", sku, "quantity", 12)), "customer", customer,
                        "coupon", "NONE", "delivery", "PICKUP"))
                .when().post("/api/v1/quotes").then().statusCode(200)
                .body("lines[0].unitPrice", equalTo("9.00")).body("lines[0].tierSource", equalTo(listId));

        Map<String, Object> bad = new LinkedHashMap<>(list);
        bad.put("entries", List.of(Map.of("sku", sku, "breaks", List.of(Map.of("minQuantity", 0, "unitPrice", "1.00")))));
        Api.asStaff().body(bad).when().post("/api/v1/price-lists").then().spec(problem(400, "PRICE_LIST_INVALID"));
        Map<String, Object> unowned = new LinkedHashMap<>(list);
        unowned.remove("group");
        Api.asStaff().body(unowned).when().post("/api/v1/price-lists").then().spec(problem(400, "PRICE_LIST_INVALID"));

        Api.asStaff().body(Map.of("customers", List.of(customer)))
                .when().post("/api/v1/customer-groups/" + group + "/members/removals")
                .then().statusCode(200).body("memberCount", equalTo(0));
        Api.asStaff().when().get("/api/v1/customer-groups/" + group + "/members").then().statusCode(200)
                .body("items.customer", not(hasItem(customer)));
        Api.asCustomer().when().get("/api/v1/customer-groups").then().statusCode(403);
        Api.asStaff().when().delete("/api/v1/price-lists/" + listId).then().statusCode(204);
        Api.asStaff().when().get("/api/v1/price-lists/" + listId).then().spec(problem(404, "PRICE_LIST_NOT_FOUND"));
        Api.asStaff().when().delete("/api/v1/customer-groups/" + group).then().statusCode(204);
    }

    @Test
    void flash_prices_promotions_and_carriers() {
        String sku = PricingTestData.sku("50.00", 0, null);
        String flash = Api.asStaff().body(Map.of("sku", sku, "price", "39.90", "validFrom", "2030-01-01T00:00:00Z",
                        "validUntil", "2030-01-02T00:00:00Z", "perCustomerCap", 2))
                .when().post("/api/v1/flash-prices").then().statusCode(201).body("perCustomerCap", equalTo(2))
                .extract().path("id");
        Api.asStaff().body(Map.of("sku", sku, "price", "39.90", "validFrom", "2030-01-01T00:00:00Z"))
                .when().post("/api/v1/flash-prices").then().spec(problem(400, "FLASH_PRICE_INVALID"));
        Api.asStaff().when().delete("/api/v1/flash-prices/" + flash).then().statusCode(204);

        Map<String, Object> promotion = new LinkedHashMap<>();
        promotion.put("name", "未来满减");
        promotion.put("validFrom", "2030-01-01T00:00:00Z");
        promotion.put("validUntil", "2030-02-01T00:00:00Z");
        promotion.put("action", Map.of("code", "tiered_spend_discount", "args", Map.of("tiers", "200.00:20.00")));
        String id = Api.asStaff().body(promotion).when().post("/api/v1/promotions").then().statusCode(201)
                .body("action.args.tiers", equalTo("200.00:20.00")).extract().path("id");
        promotion.put("action", Map.of("code", "no_such_rule", "args", Map.of()));
        Api.asStaff().body(promotion).when().post("/api/v1/promotions").then().spec(problem(400, "PROMOTION_CODE_UNKNOWN"));
        promotion.put("action", Map.of("code", "tiered_spend_discount", "args", Map.of("tiers", "lots")));
        Api.asStaff().body(promotion).when().post("/api/v1/promotions").then().spec(problem(400, "PROMOTION_ARGS_INVALID"));
        Api.asStaff().body(Map.of("enabled", false)).when().put("/api/v1/promotions/" + id + "/enabled")
                .then().statusCode(200).body("enabled", equalTo(false));
        Api.asStaff().when().delete("/api/v1/promotions/" + id).then().statusCode(204);

        Map<String, Object> carrier = new LinkedHashMap<>();
        carrier.put("name", "测试物流");
        carrier.put("firstKg", "30.00");
        carrier.put("perAdditionalKg", "5.00");
        carrier.put("regionalRates", List.of(Map.of("provinces", List.of("新疆维吾尔自治区"), "firstKg", "40.00",
                "perAdditionalKg", "9.00")));
        String carrierId = Api.asAdmin().body(carrier).when().post("/api/v1/carriers").then().statusCode(201)
                .body("regionalRates[0].firstKg", equalTo("40.00")).extract().path("id");
        Api.asAdmin().body(Map.of("enabled", false)).when().put("/api/v1/carriers/" + carrierId + "/enabled")
                .then().statusCode(200).body("enabled", equalTo(false));
        assertThat(Pages.rest(Api::asCustomer, "/api/v1/carriers", 100).values("id")).doesNotContain(carrierId);
        assertThat(Pages.rest(Api::asAdmin, "/api/v1/carriers", 100).values("id")).contains(carrierId);
        carrier.put("firstKg", "1e9");
        Api.asAdmin().body(carrier).when().post("/api/v1/carriers").then().spec(problem(400, "CARRIER_INVALID"));
    }

    @Test
    void pricing_settings_are_read_by_staff_and_chosen_by_admins() {
        Api.asStaff().when().get("/api/v1/pricing-settings").then().statusCode(200)
                .body("levelBasis", equalTo("LIFETIME_EARNED"));
        Api.asStaff().body(Map.of("unitPriceRule", "PRICE_LIST_FIRST")).when().put("/api/v1/pricing-settings")
                .then().statusCode(403);
        Api.asAdmin().body(Map.of("unitPriceRule", "CHEAPEST")).when().put("/api/v1/pricing-settings")
                .then().spec(problem(400, "VALIDATION_FAILED"));
        try {
            Api.asAdmin().body(Map.of("unitPriceRule", "PRICE_LIST_FIRST", "levelBasis", "CURRENT"))
                    .when().put("/api/v1/pricing-settings")
                    .then().statusCode(200).body("unitPriceRule", equalTo("PRICE_LIST_FIRST"))
                    .body("levelBasis", equalTo("CURRENT"));
        } finally {
            Api.asAdmin().body(Map.of("unitPriceRule", "LOWEST", "levelBasis", "LIFETIME_EARNED"))
                    .when().put("/api/v1/pricing-settings").then().statusCode(200);
        }
    }

    @Test
    void a_customer_sees_their_own_level_and_points() {
        int lifetime = Api.asSecondCustomer().when().get("/api/v1/me/member-level")
                .then().statusCode(200).body("basis", equalTo("LIFETIME_EARNED"))
                .extract().path("lifetimeEarnedPoints");
        int current = Api.asSecondCustomer().when().get("/api/v1/me/member-level").then().extract().path("currentPoints");
        org.assertj.core.api.Assertions.assertThat(lifetime).isGreaterThanOrEqualTo(current);
        Api.anonymous().header("X-Merchant", "demo").when().get("/api/v1/me/member-level").then().statusCode(401);
        Api.asAdmin().when().get("/api/v1/me/member-level").then().statusCode(403);
    }
}
