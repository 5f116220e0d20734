package dev.zhanggui.server.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroup;
import dev.zhanggui.customer.CustomerGroupService;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.customer.MemberLevelService;
import dev.zhanggui.customer.NewMemberLevel;
import dev.zhanggui.pricing.Carrier;
import dev.zhanggui.pricing.CarrierService;
import dev.zhanggui.pricing.LevelPriceService;
import dev.zhanggui.pricing.PriceListOwner;
import dev.zhanggui.pricing.PriceListService;
import dev.zhanggui.pricing.PriceListTerms;
import dev.zhanggui.pricing.QuantityBreak;
import dev.zhanggui.pricing.ShippingRate;
import dev.zhanggui.pricing.ValidityWindow;
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
import dev.zhanggui.promotion.Promotion;
import dev.zhanggui.promotion.PromotionRule;
import dev.zhanggui.promotion.PromotionService;
import dev.zhanggui.promotion.PromotionTerms;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.WalletPaymentService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import static dev.zhanggui.server.pricing.PricingTestData.DEMO;
import static dev.zhanggui.server.pricing.PricingTestData.STAFF;
import static dev.zhanggui.server.testing.Api.problem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

/** The quote over REST: tiers, promotions, coupons, shipping, and bad carts refused with a code. */
@QuarkusTest
class QuoteRestTest {
    static final String QUOTES = "/api/v1/quotes";

    @Inject
    CarrierService carriers;
    @Inject
    MemberLevelService levels;
    @Inject
    LevelPriceService levelPrices;
    @Inject
    CustomerGroupService groups;
    @Inject
    PriceListService priceLists;
    @Inject
    PromotionService promotions;
    @Inject
    CouponTemplateService templates;
    @Inject
    CouponService coupons;
    @Inject
    CouponRepository couponRepository;
    @Inject
    WalletPaymentService wallets;

    static Map<String, Object> line(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }

    static Map<String, Object> cart(List<Map<String, Object>> lines, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lines", lines);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    Carrier newCarrier() {
        return carriers.create(STAFF, "测试快递 " + ThreadLocalRandom.current().nextInt(1_000_000),
                new ShippingRate(Money.of("10.00"), Money.of("2.00")), List.of());
    }

    String couponFor(CustomerId customer, CouponBenefit benefit, String minimumSpend) {
        CouponTemplate template = templates.create(STAFF, new CouponTerms("测试券", benefit, Money.of(minimumSpend),
                CouponScope.ALL, new CouponValidity.DaysFromClaim(30), 100, 1, true));
        coupons.grant(STAFF, template.id(), new GrantTarget.Listed(List.of(customer)));
        return QuarkusTransaction.requiringNew().call(() -> couponRepository.heldBy(DEMO, customer)).stream()
                .filter(c -> c.template().equals(template.id())).map(Coupon::id).findFirst().orElseThrow()
                .value().toString();
    }

    @Test
    void a_guest_pays_list_prices_and_the_carriers_fee_for_the_weight() {
        String sku = PricingTestData.sku("20.00", 2500, null);
        Carrier carrier = newCarrier();
        Api.anonymous().header("X-Merchant", "demo")
                .body(cart(List.of(line(sku, 1)), "carrier", carrier.id().value().toString()))
                .when().post(QUOTES)
                .then().statusCode(200)
                .body("lines[0].unitPrice", equalTo("20.00"))
                .body("lines[0].tier", equalTo("LIST"))
                .body("goodsTotal", equalTo("20.00"))
                .body("couponDiscount", equalTo("0.00"))
                .body("shipping.weightGrams", equalTo(2500))
                .body("shipping.fee", equalTo("14.00"))
                .body("shipping.charged", equalTo("14.00"))
                .body("payable", equalTo("34.00"))
                .body("appliedCoupon", nullValue());
    }

    @Test
    void pickup_in_store_costs_nothing() {
        String sku = PricingTestData.sku("20.00", 2500, null);
        Api.anonymous().header("X-Merchant", "demo").body(cart(List.of(line(sku, 2)), "delivery", "PICKUP"))
                .when().post(QUOTES)
                .then().statusCode(200)
                .body("shipping.method", equalTo("PICKUP"))
                .body("shipping.charged", equalTo("0.00"))
                .body("payable", equalTo("40.00"));
    }

    @Test
    void a_ten_yuan_coupon_over_three_lines_splits_3_33_3_33_3_34() {
        CustomerId customer = PricingTestData.customer();
        String coupon = couponFor(customer, new CouponBenefit.FixedAmount(Money.of("10.00")), "0.00");
        String a = PricingTestData.sku("10.00", 100, null);
        String b = PricingTestData.sku("10.00", 100, null);
        String c = PricingTestData.sku("10.01", 100, null);
        Api.asAdmin().body(cart(List.of(line(a, 1), line(b, 1), line(c, 1)), "customer", customer.value().toString(),
                        "coupon", coupon, "delivery", "PICKUP"))
                .when().post(QUOTES)
                .then().statusCode(200)
                .body("goodsTotal", equalTo("30.01"))
                .body("lines[0].couponDiscount", equalTo("3.33"))
                .body("lines[1].couponDiscount", equalTo("3.33"))
                .body("lines[2].couponDiscount", equalTo("3.34"))
                .body("couponDiscount", equalTo("10.00"))
                .body("payable", equalTo("20.01"))
                .body("appliedCoupon.coupon", equalTo(coupon))
                .body("discounts.source", hasItem("COUPON"));
    }

    @Test
    void a_coupon_whose_minimum_spend_is_not_met_says_how_much_is_missing() {
        CustomerId customer = PricingTestData.customer();
        String coupon = couponFor(customer, new CouponBenefit.FixedAmount(Money.of("5.00")), "50.00");
        String sku = PricingTestData.sku("12.00", 100, null);
        Api.asAdmin().body(cart(List.of(line(sku, 2)), "customer", customer.value().toString(), "coupon", coupon,
                        "delivery", "PICKUP"))
                .when().post(QUOTES)
                .then().statusCode(200)
                .body("couponDiscount", equalTo("0.00"))
                .body("notApplied.find { it.id == '%s' }.reason".formatted(coupon), equalTo("COUPON_MIN_SPEND_NOT_MET"))
                .body("notApplied.find { it.id == '%s' }.missing".formatted(coupon), equalTo("26.00"));
    }

    @Test
    void a_level_price_and_a_price_list_quantity_break_set_the_unit_prices() {
        CustomerId customer = PricingTestData.customer();
        long requirement = 10_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        MemberLevel level = levels.create(STAFF, new NewMemberLevel("测试级别 " + requirement, requirement,
                new BigDecimal("0.95")));
        PricingTestData.givePoints(wallets, customer, requirement);
        String levelPriced = PricingTestData.sku("20.00", 100, null);
        String wholesale = PricingTestData.sku("10.00", 100, null);
        levelPrices.set(STAFF, level.id(), SkuId.parse(levelPriced), Money.of("15.00"));
        CustomerGroup group = groups.create(STAFF, "批发 " + requirement);
        groups.admit(STAFF, group.id(), List.of(customer));
        priceLists.create(STAFF, new PriceListTerms("批发价 " + requirement, new PriceListOwner.Group(group.id()),
                ValidityWindow.startingAt(Instant.now().minus(Duration.ofHours(1))),
                Map.of(SkuId.parse(wholesale), List.of(new QuantityBreak(1, Money.of("10.00")),
                        new QuantityBreak(10, Money.of("9.00")), new QuantityBreak(100, Money.of("8.20"))))));
        try {
            Api.asAdmin().body(cart(List.of(line(levelPriced, 1), line(wholesale, 100), line(wholesale, 5)),
                            "customer", customer.value().toString(), "coupon", "NONE", "delivery", "PICKUP"))
                    .when().post(QUOTES)
                    .then().statusCode(200)
                    .body("lines[0].unitPrice", equalTo("15.00"))
                    .body("lines[0].tier", equalTo("LEVEL_PRICE"))
                    .body("lines[0].tierSource", equalTo(level.id().value().toString()))
                    // 105 of the SKU over the whole cart reach the 100+ break on both lines
                    .body("lines[1].unitPrice", equalTo("8.20"))
                    .body("lines[1].tier", equalTo("PRICE_LIST"))
                    .body("lines[2].unitPrice", equalTo("8.20"));
            Api.asAdmin().body(cart(List.of(line(wholesale, 10)), "customer", customer.value().toString(),
                            "coupon", "NONE", "delivery", "PICKUP"))
                    .when().post(QUOTES)
                    .then().statusCode(200)
                    .body("lines[0].unitPrice", equalTo("9.00"))
                    .body("lines[0].tier", equalTo("PRICE_LIST"));
            // A guest gets none of it
            Api.anonymous().header("X-Merchant", "demo").body(cart(List.of(line(levelPriced, 1)), "delivery", "PICKUP"))
                    .when().post(QUOTES)
                    .then().statusCode(200)
                    .body("lines[0].unitPrice", equalTo("20.00"))
                    .body("lines[0].tier", equalTo("LIST"));
        } finally {
            levels.remove(STAFF, level.id());
        }
    }

    @Test
    void a_category_promotion_covers_the_subcategories() {
        String tea = PricingTestData.category(null);
        String oolong = PricingTestData.category(tea);
        String sku = PricingTestData.sku("50.00", 100, oolong);
        Promotion promotion = promotions.create(STAFF, new PromotionTerms("茶叶九折",
                ValidityWindow.between(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1))),
                List.of(), PromotionRule.of("category_percentage_off", Map.of("category", tea, "percent", "10")), 0));
        try {
            Api.anonymous().header("X-Merchant", "demo").body(cart(List.of(line(sku, 1)), "delivery", "PICKUP"))
                    .when().post(QUOTES)
                    .then().statusCode(200)
                    .body("lines[0].promotionDiscount", equalTo("5.00"))
                    .body("lines[0].total", equalTo("45.00"))
                    .body("discounts.find { it.sourceId == '%s' }.amount".formatted(promotion.id().value()),
                            equalTo("5.00"))
                    .body("payable", equalTo("45.00"));
        } finally {
            promotions.remove(STAFF, promotion.id());
        }
    }

    @Test
    void bad_carts_are_refused_with_a_code_and_the_field_at_fault() {
        String sku = PricingTestData.sku("10.00", 100, null);
        String offShelf = PricingTestData.sku("10.00", 100, null, "OFF_SHELF");
        Api.asAdmin().body(cart(List.of())).when().post(QUOTES)
                .then().spec(problem(400, "QUOTE_INVALID")).body("errors[0].field", equalTo("lines"));
        Api.asAdmin().body(cart(List.of(line("not-a-sku", 1), line(sku, 0)))).when().post(QUOTES)
                .then().spec(problem(400, "QUOTE_INVALID"))
                .body("errors.field", hasItem("lines[0].sku"))
                .body("errors.field", hasItem("lines[1].quantity"));
        Api.asAdmin().body(cart(List.of(line(offShelf, 1)))).when().post(QUOTES)
                .then().spec(problem(400, "QUOTE_INVALID"))
                .body("errors[0].field", equalTo("lines[0].sku"))
                .body("errors[0].code", equalTo("SKU_NOT_FOUND"));
        Api.asAdmin().body(cart(List.of(line(sku, 1)), "delivery", "DRONE")).when().post(QUOTES)
                .then().spec(problem(400, "QUOTE_INVALID")).body("errors[0].field", equalTo("delivery"));
        Api.asAdmin().body(cart(List.of(line(sku, 1)), "carrier", java.util.UUID.randomUUID().toString()))
                .when().post(QUOTES)
                .then().spec(problem(404, "CARRIER_NOT_FOUND"));
        Api.asAdmin().body("{\"lines\": [{\"sku\": \"" + sku + "\", \"quantity\": \"many\"}]}").when().post(QUOTES)
                .then().statusCode(400);
        Api.anonymous().body(cart(List.of(line(sku, 1)))).when().post(QUOTES)
                .then().spec(problem(400, "MERCHANT_REQUIRED"));
    }

    @Test
    void a_customer_quotes_only_for_themselves() {
        String sku = PricingTestData.sku("10.00", 100, null);
        Api.asCustomer().body(cart(List.of(line(sku, 1)), "delivery", "PICKUP")).when().post(QUOTES)
                .then().statusCode(200).body("lines[0].sku", equalTo(sku));
        CustomerId other = PricingTestData.customer();
        Api.asCustomer().body(cart(List.of(line(sku, 1)), "customer", other.value().toString()))
                .when().post(QUOTES)
                .then().spec(problem(403, "FORBIDDEN"));
        Api.asAcmeAdmin().body(cart(List.of(line(sku, 1)), "customer", other.value().toString()))
                .when().post(QUOTES)
                .then().spec(problem(404, "CUSTOMER_NOT_FOUND"));
    }
}
