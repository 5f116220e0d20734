package dev.zhanggui.server.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroup;
import dev.zhanggui.customer.CustomerGroupService;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.Carrier;
import dev.zhanggui.pricing.CarrierService;
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
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import dev.zhanggui.shared.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.pricing.PricingTestData.DEMO;
import static dev.zhanggui.server.pricing.PricingTestData.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/** The quote over GraphQL: the same pricing as REST, refusals as top-level errors with our codes. */
@QuarkusTest
class QuoteGraphQLTest {
    static final String QUOTE = """
            query($in: QuoteInput!) { quote(input: $in) {
              goodsTotal promotionDiscount couponDiscount payable
              lines { sku quantity unitPrice tier tierSource promotionDiscount couponDiscount total }
              discounts { source sourceId name amount }
              shipping { method carrier weightGrams fee waived charged }
              appliedCoupon { coupon discount } bestCoupon { coupon }
              notApplied { subject id reason missing } } }""";

    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);
    private final GraphQLClient guest = GraphQLClient.anonymous().header("X-Merchant", "demo");

    @Inject
    CarrierService carriers;
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

    static Map<String, Object> input(List<Map<String, Object>> lines, Object... more) {
        Map<String, Object> in = new HashMap<>();
        in.put("lines", lines);
        for (int i = 0; i < more.length; i += 2) {
            in.put((String) more[i], more[i + 1]);
        }
        return Map.of("in", in);
    }

    static Map<String, Object> line(String sku, int quantity) {
        return Map.of("sku", sku, "quantity", quantity);
    }

    @Test
    void a_guest_quote_with_a_carrier_fee() {
        String sku = PricingTestData.sku("30.00", 1001, null);
        Carrier carrier = carriers.create(STAFF, "图快递", new ShippingRate(Money.of("10.00"), Money.of("2.00")), List.of());
        JsonPath answer = guest.query(QUOTE, input(List.of(line(sku, 1)), "carrier", carrier.id().value().toString()));
        assertThat(answer.getList("errors")).isNullOrEmpty();
        assertThat(answer.getString("data.quote.lines[0].tier")).isEqualTo("LIST");
        assertThat(answer.getString("data.quote.shipping.fee")).isEqualTo("12.00");
        assertThat(answer.getString("data.quote.payable")).isEqualTo("42.00");
    }

    @Test
    void staff_quote_with_a_price_list_break_a_promotion_and_a_coupon_split_exactly() {
        CustomerId customer = PricingTestData.customer();
        String a = PricingTestData.sku("10.00", 100, null);
        String b = PricingTestData.sku("10.00", 100, null);
        String category = PricingTestData.category(null);
        String c = PricingTestData.sku("20.02", 100, category);
        CustomerGroup group = groups.create(STAFF, "图批发 " + customer.value());
        groups.admit(STAFF, group.id(), List.of(customer));
        priceLists.create(STAFF, new PriceListTerms("图批发价", new PriceListOwner.Group(group.id()),
                ValidityWindow.startingAt(Instant.now().minus(Duration.ofHours(1))),
                Map.of(SkuId.parse(b), List.of(new QuantityBreak(1, Money.of("10.00")),
                        new QuantityBreak(2, Money.of("5.00"))))));
        Promotion half = promotions.create(STAFF, new PromotionTerms("半价",
                ValidityWindow.between(Instant.now().minus(Duration.ofHours(1)), Instant.now().plus(Duration.ofHours(1))),
                List.of(), PromotionRule.of("category_percentage_off", Map.of("category", category, "percent", "50")), 0));
        CouponTemplate template = templates.create(STAFF, new CouponTerms("十元券",
                new CouponBenefit.FixedAmount(Money.of("10.00")), Money.zero(), CouponScope.ALL,
                new CouponValidity.DaysFromClaim(7), 10, 1, true));
        coupons.grant(STAFF, template.id(), new GrantTarget.Listed(List.of(customer)));
        String coupon = QuarkusTransaction.requiringNew().call(() -> couponRepository.heldBy(DEMO, customer)).stream()
                .filter(x -> x.template().equals(template.id())).map(Coupon::id).findFirst().orElseThrow()
                .value().toString();
        try {
            // a 10.00, b 2 × 5.00 (the 2+ break), c 20.02 half price = 10.01: 10.00 / 10.00 / 10.01
            JsonPath answer = admin.query(QUOTE, input(List.of(line(a, 1), line(b, 2), line(c, 1)),
                    "customer", customer.value().toString(), "coupon", coupon, "delivery", "PICKUP"));
            assertThat(answer.getList("errors")).as(answer.prettify()).isNullOrEmpty();
            assertThat(answer.getString("data.quote.lines[1].unitPrice")).isEqualTo("5.00");
            assertThat(answer.getString("data.quote.lines[1].tier")).isEqualTo("PRICE_LIST");
            assertThat(answer.getString("data.quote.lines[2].promotionDiscount")).isEqualTo("10.01");
            assertThat(answer.getList("data.quote.lines.couponDiscount", String.class))
                    .containsExactly("3.33", "3.33", "3.34");
            assertThat(answer.getString("data.quote.goodsTotal")).isEqualTo("40.02");
            assertThat(answer.getString("data.quote.couponDiscount")).isEqualTo("10.00");
            assertThat(answer.getString("data.quote.payable")).isEqualTo("20.01");
            assertThat(answer.getString("data.quote.appliedCoupon.coupon")).isEqualTo(coupon);
        } finally {
            promotions.remove(STAFF, half.id());
        }
    }

    @Test
    void bad_input_is_a_top_level_error_with_our_code() {
        JsonPath empty = admin.query(QUOTE, input(List.of()));
        assertThat(empty.getString("errors[0].extensions.errorCode")).isEqualTo("QUOTE_INVALID");
        JsonPath badSku = admin.query(QUOTE, input(List.of(line("nope", 1))));
        assertThat(badSku.getString("errors[0].extensions.errorCode")).isEqualTo("QUOTE_INVALID");
        JsonPath noMerchant = GraphQLClient.anonymous().query(QUOTE,
                input(List.of(line(PricingTestData.sku("1.00", 0, null), 1))));
        assertThat(noMerchant.getString("errors[0].extensions.errorCode")).isEqualTo("MERCHANT_REQUIRED");
    }
}
