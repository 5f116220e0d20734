package dev.zhanggui.pricing;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroup;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.customer.NewMemberLevel;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponBenefit;
import dev.zhanggui.promotion.CouponScope;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTerms;
import dev.zhanggui.promotion.CouponValidity;
import dev.zhanggui.promotion.GrantTarget;
import dev.zhanggui.promotion.Promotion;
import dev.zhanggui.promotion.PromotionRule;
import dev.zhanggui.promotion.PromotionTerms;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.Money;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import static dev.zhanggui.pricing.QuoteFixture.NOW;
import static dev.zhanggui.pricing.QuoteFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Quoting carts (报价): every tier, promotion, coupon and shipping rule, explained to the fen. */
class QuoteScenarioTest {
    private final QuoteFixture f = new QuoteFixture();
    private final ValidityWindow running = ValidityWindow.between(NOW.minusSeconds(3600), NOW.plusSeconds(3600));

    private QuoteRequest pickup(CartLine... lines) {
        return new QuoteRequest(List.of(lines), Optional.empty(), CouponChoice.BEST, DeliveryMethod.PICKUP,
                Optional.empty(), Optional.empty());
    }

    private QuoteRequest pickup(CouponChoice choice, CartLine... lines) {
        return new QuoteRequest(List.of(lines), Optional.empty(), choice, DeliveryMethod.PICKUP, Optional.empty(),
                Optional.empty());
    }

    private Coupon grantToAlice(CouponTerms terms) {
        CouponTemplate template = f.templates.create(f.admin, terms);
        f.audience.register(SHOP, f.aliceId(), Set.of(), Optional.empty());
        assertThat(f.coupons.grant(f.admin, template.id(), new GrantTarget.Listed(List.of(f.aliceId()))).issued())
                .isEqualTo(1);
        return f.coupons.mine(f.alice, Optional.empty()).stream().filter(c -> c.template().equals(template.id()))
                .findFirst().orElseThrow();
    }

    private static CouponTerms amountOff(String amount, String minimum, CouponScope scope, boolean stackable) {
        return new CouponTerms(amount + " off", new CouponBenefit.FixedAmount(Money.of(amount)), Money.of(minimum),
                scope, new CouponValidity.DaysFromClaim(30), 100, 1, stackable);
    }

    private static List<String> couponShares(Quote quote) {
        return quote.lines().stream().map(l -> l.couponDiscount().toString()).toList();
    }

    @Test
    void a_ten_yuan_coupon_over_three_lines_never_loses_or_invents_a_fen() {
        Coupon coupon = grantToAlice(amountOff("10.00", "0.00", CouponScope.ALL, true));
        SkuId a = f.sku("100.00", 0);
        SkuId b = f.sku("100.00", 0);
        SkuId c = f.sku("100.01", 0);
        // 10.00 × 10000/30001 = 3.3332…, × 10001/30001 = 3.3335…: the left-over fen goes to the largest remainder
        Quote quote = f.quotes.quote(f.alice, pickup(CartLine.of(a, 1), CartLine.of(b, 1), CartLine.of(c, 1)));
        assertThat(couponShares(quote)).containsExactly("3.33", "3.33", "3.34");
        assertThat(quote.appliedCoupon().map(CouponOption::coupon)).contains(coupon.id());
        assertThat(quote.couponDiscount()).isEqualTo(Money.of("10.00"));
        assertThat(quote.payable()).isEqualTo(Money.of("290.01"));
        // equal remainders: the earlier line gets the fen (documented tie rule)
        Quote even = f.quotes.quote(f.alice, pickup(CartLine.of(a, 1), CartLine.of(b, 1), CartLine.of(a, 1)));
        assertThat(couponShares(even)).containsExactly("3.34", "3.33", "3.33");
    }

    @Test
    void quantity_breaks_of_a_wholesale_price_list_count_the_whole_cart() {
        CustomerId alice = f.aliceId();
        CustomerGroup wholesale = f.groups.create(f.admin, "批发客户");
        f.groups.admit(f.admin, wholesale.id(), List.of(alice));
        SkuId tea = f.sku("12.00", 0);
        PriceList list = f.priceLists.create(f.admin, new PriceListTerms("批发价", new PriceListOwner.Group(wholesale.id()),
                running, Map.of(tea, List.of(new QuantityBreak(1, Money.of("10.00")),
                new QuantityBreak(10, Money.of("9.00")), new QuantityBreak(100, Money.of("8.20"))))));

        UnitPrice nine = f.quotes.quote(f.alice, pickup(CartLine.of(tea, 9))).lines().getFirst().unitPrice();
        assertThat(nine).isEqualTo(UnitPrice.of(Money.of("10.00"), PriceTier.PRICE_LIST, list.id()));
        Quote split = f.quotes.quote(f.alice, pickup(CartLine.of(tea, 6), CartLine.of(tea, 4)));
        assertThat(split.lines()).extracting(l -> l.unitPrice().amount()).containsOnly(Money.of("9.00"));
        Quote hundred = f.quotes.quote(f.alice, pickup(CartLine.of(tea, 100)));
        assertThat(hundred.lines().getFirst().goodsAmount()).isEqualTo(Money.of("820.00"));
        assertThat(hundred.lines().getFirst().listPrice()).isEqualTo(Money.of("12.00"));
        // not in the group: the list price
        Actor bob = Actor.customer(SHOP, "kc-bob", "13800000002");
        assertThat(f.quotes.quote(bob, pickup(CartLine.of(tea, 100))).lines().getFirst().unitPrice().tier())
                .isEqualTo(PriceTier.LIST);
    }

    @Test
    void a_level_price_overrides_the_level_rate_even_when_the_rate_is_cheaper() {
        MemberLevel gold = f.levels.create(f.admin, new NewMemberLevel("金牌", 1000, new BigDecimal("0.5")));
        f.standings.set(SHOP, f.aliceId(), 1500, 0);
        SkuId fixed = f.sku("10.00", 0);
        SkuId rated = f.sku("9.99", 0);
        f.levelPrices.set(f.admin, gold.id(), fixed, Money.of("8.00"));

        Quote quote = f.quotes.quote(f.alice, pickup(CartLine.of(fixed, 1), CartLine.of(rated, 1)));
        assertThat(quote.lines().get(0).unitPrice()).isEqualTo(UnitPrice.of(Money.of("8.00"), PriceTier.LEVEL_PRICE,
                gold.id()));
        // 9.99 × 0.5 = 4.995 → 5.00 (HALF_UP to the fen)
        assertThat(quote.lines().get(1).unitPrice()).isEqualTo(UnitPrice.of(Money.of("5.00"), PriceTier.LEVEL_RATE,
                gold.id()));
        // an anonymous visitor pays list prices
        Quote anonymous = f.quotes.quote(new Actor(SHOP, "anon", Actor.Kind.ANONYMOUS, Optional.empty()),
                pickup(CartLine.of(fixed, 1)));
        assertThat(anonymous.lines().getFirst().unitPrice().tier()).isEqualTo(PriceTier.LIST);
        assertThat(anonymous.applicableCoupons()).isEmpty();
    }

    @Test
    void a_flash_price_applies_while_the_customer_stays_within_the_cap() {
        SkuId sku = f.sku("20.00", 0);
        FlashPrice flash = f.flashPrices.create(f.admin, new FlashPriceTerms(sku, Money.of("9.90"), running,
                OptionalInt.of(3)));
        f.flashPurchases.record(SHOP, f.aliceId(), flash.id(), 1);

        Quote within = f.quotes.quote(f.alice, pickup(CartLine.of(sku, 2)));
        assertThat(within.lines().getFirst().unitPrice()).isEqualTo(UnitPrice.of(Money.of("9.90"),
                PriceTier.FLASH_PRICE, flash.id()));
        Quote over = f.quotes.quote(f.alice, pickup(CartLine.of(sku, 3)));
        assertThat(over.lines().getFirst().unitPrice().tier()).isEqualTo(PriceTier.LIST);
        assertThat(over.notApplied()).contains(new Inapplicable(Inapplicable.Subject.FLASH_PRICE,
                flash.id().toString(), InapplicableReason.FLASH_CAP_EXCEEDED, Optional.empty()));
    }

    @Test
    void a_merchant_may_let_the_price_list_win_for_b2b_customers() {
        f.levels.create(f.admin, new NewMemberLevel("金牌", 0, new BigDecimal("0.5")));
        SkuId sku = f.sku("10.00", 0);
        f.priceLists.create(f.admin, new PriceListTerms("专属价", new PriceListOwner.OneCustomer(f.aliceId()), running,
                Map.of(sku, List.of(new QuantityBreak(1, Money.of("9.00"))))));
        assertThat(f.quotes.quote(f.alice, pickup(CartLine.of(sku, 1))).lines().getFirst().unitPrice().tier())
                .isEqualTo(PriceTier.LEVEL_RATE);
        f.quotes.chooseUnitPriceRule(f.admin, UnitPriceRule.PRICE_LIST_FIRST);
        assertThat(f.quotes.quote(f.alice, pickup(CartLine.of(sku, 1))).lines().getFirst().unitPrice().amount())
                .isEqualTo(Money.of("9.00"));
    }

    @Test
    void item_promotions_then_order_promotions_then_the_coupon_then_shipping() {
        CategoryId tea = new CategoryId(UUID.randomUUID());
        SkuId oolong = f.sku("100.00", 600, tea);
        SkuId cup = f.sku("150.00", 900);
        Promotion teaOff = f.promotions.create(f.admin, new PromotionTerms("茶叶9折", running, List.of(),
                PromotionRule.of("category_percentage_off", Map.of("category", tea.toString(), "percent", "10")), 0));
        Promotion spend = f.promotions.create(f.admin, new PromotionTerms("满200减20", running, List.of(),
                PromotionRule.of("tiered_spend_discount", Map.of("tiers", "200.00:20.00,500.00:60.00")), 0));
        Promotion freeShipping = f.promotions.create(f.admin, new PromotionTerms("满99包邮", running,
                List.of(PromotionRule.of("minimum_spend", Map.of("amount", "99.00"))),
                PromotionRule.of("free_shipping", Map.of()), 0));
        Coupon coupon = grantToAlice(amountOff("30.00", "200.00", CouponScope.ALL, true));
        Carrier sf = f.carriers.create(f.admin, "顺丰", new ShippingRate(Money.of("10.00"), Money.of("2.00")), List.of());

        Quote quote = f.quotes.quote(f.alice, new QuoteRequest(List.of(CartLine.of(oolong, 1), CartLine.of(cup, 1)),
                Optional.empty(), CouponChoice.BEST, DeliveryMethod.EXPRESS, Optional.of(sf.id()), Optional.empty()));

        // goods 250.00; tea 10% off the oolong: 10.00; 240.00 reaches 200: 20.00 off split 90:150 → 7.50/12.50;
        // the coupon sees 220.00 ≥ 200.00: 30.00 split 82.50:137.50 → 11.25/18.75; 190.00 ≥ 99: shipping waived
        assertThat(quote.goodsTotal()).isEqualTo(Money.of("250.00"));
        assertThat(quote.lines()).extracting(l -> l.promotionDiscount().toString()).containsExactly("17.50", "12.50");
        assertThat(quote.lines()).extracting(l -> l.couponDiscount().toString()).containsExactly("11.25", "18.75");
        assertThat(quote.lines()).extracting(l -> l.total().toString()).containsExactly("71.25", "118.75");
        assertThat(quote.promotionDiscount()).isEqualTo(Money.of("30.00"));
        assertThat(quote.couponDiscount()).isEqualTo(Money.of("30.00"));
        assertThat(quote.discounts()).extracting(AppliedDiscount::sourceId, d -> d.amount().toString())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(teaOff.id().toString(), "10.00"),
                        org.assertj.core.groups.Tuple.tuple(spend.id().toString(), "20.00"),
                        org.assertj.core.groups.Tuple.tuple(coupon.id().toString(), "30.00"));
        // 1.5 kg: 10.00 + 2.00, waived by 满99包邮
        assertThat(quote.shipping().weightGrams()).isEqualTo(1500);
        assertThat(quote.shipping().fee()).isEqualTo(Money.of("12.00"));
        assertThat(quote.shipping().waivedBy()).contains(freeShipping.id().toString());
        assertThat(quote.shipping().charged()).isEqualTo(Money.zero());
        assertThat(quote.payable()).isEqualTo(Money.of("190.00"));
    }

    @Test
    void shipping_is_charged_below_the_free_shipping_threshold_and_pickup_costs_nothing() {
        f.promotions.create(f.admin, new PromotionTerms("满99包邮", running,
                List.of(PromotionRule.of("minimum_spend", Map.of("amount", "99.00"))),
                PromotionRule.of("free_shipping", Map.of()), 0));
        f.carriers.create(f.admin, "中通", new ShippingRate(Money.of("10.00"), Money.of("2.00")), List.of());
        f.carriers.create(f.admin, "顺丰", new ShippingRate(Money.of("12.00"), Money.of("1.00")), List.of());
        SkuId heavy = f.sku("30.00", 2500);
        Quote express = f.quotes.quote(f.alice, new QuoteRequest(List.of(CartLine.of(heavy, 1)), Optional.empty(),
                CouponChoice.NONE, DeliveryMethod.EXPRESS, Optional.empty(), Optional.empty()));
        // no carrier named: the cheapest for 2.5 kg, 中通 14.00 against 顺丰 14.00 → equal, lower id (created first)
        assertThat(express.shipping().fee()).isEqualTo(Money.of("14.00"));
        assertThat(express.shipping().charged()).isEqualTo(Money.of("14.00"));
        assertThat(express.payable()).isEqualTo(Money.of("44.00"));
        assertThat(express.notApplied()).extracting(Inapplicable::reason, Inapplicable::missing)
                .contains(org.assertj.core.groups.Tuple.tuple(InapplicableReason.PROMOTION_MIN_SPEND_NOT_MET,
                        Optional.of(Money.of("69.00"))));
        Quote pickedUp = f.quotes.quote(f.alice, pickup(CartLine.of(heavy, 1)));
        assertThat(pickedUp.shipping().charged()).isEqualTo(Money.zero());
        assertThat(pickedUp.payable()).isEqualTo(Money.of("30.00"));
        assertThatThrownBy(() -> f.quotes.quote(f.alice, new QuoteRequest(List.of(CartLine.of(heavy, 1)),
                Optional.empty(), CouponChoice.NONE, DeliveryMethod.EXPRESS,
                Optional.of(new CarrierId(UUID.randomUUID())), Optional.empty())))
                .hasFieldOrPropertyWithValue("code", ErrorCode.CARRIER_NOT_FOUND);
    }

    @Test
    void coupons_that_do_not_apply_say_why_and_the_best_one_is_chosen() {
        CategoryId shoes = new CategoryId(UUID.randomUUID());
        SkuId tea = f.sku("80.00", 0);
        Coupon minSpend = grantToAlice(amountOff("15.00", "100.00", CouponScope.ALL, true));
        Coupon outOfScope = grantToAlice(amountOff("20.00", "0.00",
                new CouponScope(CouponScope.Kind.CATEGORIES, Set.of(shoes.value())), true));
        Coupon small = grantToAlice(amountOff("5.00", "0.00", CouponScope.ALL, true));
        Coupon rate = grantToAlice(new CouponTerms("9折", new CouponBenefit.Rate(new BigDecimal("0.9"),
                Optional.of(Money.of("6.00"))), Money.zero(), CouponScope.ALL, new CouponValidity.DaysFromClaim(3), 10,
                1, true));

        Quote quote = f.quotes.quote(f.alice, pickup(CartLine.of(tea, 1)));
        // 9折 of 80.00 is 8.00, capped at 6.00: better than 5.00
        assertThat(quote.bestCoupon().map(CouponOption::coupon)).contains(rate.id());
        assertThat(quote.appliedCoupon().map(CouponOption::discount)).contains(Money.of("6.00"));
        assertThat(quote.applicableCoupons()).extracting(CouponOption::coupon).containsExactly(rate.id(), small.id());
        assertThat(quote.notApplied()).contains(
                new Inapplicable(Inapplicable.Subject.COUPON, minSpend.id().toString(),
                        InapplicableReason.COUPON_MIN_SPEND_NOT_MET, Optional.of(Money.of("20.00"))),
                new Inapplicable(Inapplicable.Subject.COUPON, outOfScope.id().toString(),
                        InapplicableReason.COUPON_OUT_OF_SCOPE, Optional.empty()),
                new Inapplicable(Inapplicable.Subject.COUPON, small.id().toString(),
                        InapplicableReason.COUPON_NOT_CHOSEN, Optional.empty()));

        Quote requested = f.quotes.quote(f.alice, pickup(new CouponChoice.Specific(minSpend.id()), CartLine.of(tea, 1)));
        assertThat(requested.appliedCoupon()).isEmpty();
        assertThat(requested.couponDiscount()).isEqualTo(Money.zero());
        Quote unknown = f.quotes.quote(f.alice, pickup(new CouponChoice.Specific(
                new dev.zhanggui.promotion.CouponId(UUID.randomUUID())), CartLine.of(tea, 1)));
        assertThat(unknown.notApplied()).extracting(Inapplicable::reason).contains(InapplicableReason.COUPON_NOT_FOUND);
        Quote none = f.quotes.quote(f.alice, pickup(CouponChoice.NONE, CartLine.of(tea, 1)));
        assertThat(none.appliedCoupon()).isEmpty();
        assertThat(none.bestCoupon().map(CouponOption::coupon)).contains(rate.id());
    }

    @Test
    void a_coupon_not_stackable_with_promotions_does_not_apply_to_a_discounted_cart() {
        f.promotions.create(f.admin, new PromotionTerms("满50减5", running, List.of(),
                PromotionRule.of("tiered_spend_discount", Map.of("tiers", "50.00:5.00")), 0));
        Coupon exclusive = grantToAlice(amountOff("10.00", "0.00", CouponScope.ALL, false));
        SkuId sku = f.sku("60.00", 0);
        Quote quote = f.quotes.quote(f.alice, pickup(CartLine.of(sku, 1)));
        assertThat(quote.appliedCoupon()).isEmpty();
        assertThat(quote.notApplied()).contains(new Inapplicable(Inapplicable.Subject.COUPON,
                exclusive.id().toString(), InapplicableReason.COUPON_NOT_STACKABLE, Optional.empty()));
        SkuId cheap = f.sku("40.00", 0);
        assertThat(f.quotes.quote(f.alice, pickup(CartLine.of(cheap, 1))).couponDiscount())
                .isEqualTo(Money.of("10.00"));
    }

    @Test
    void a_reserved_coupon_does_not_apply_and_a_discount_never_exceeds_the_goods() {
        Coupon big = grantToAlice(amountOff("50.00", "0.00", CouponScope.ALL, true));
        SkuId sku = f.sku("12.34", 0);
        Quote quote = f.quotes.quote(f.alice, pickup(CartLine.of(sku, 1)));
        assertThat(quote.couponDiscount()).isEqualTo(Money.of("12.34"));
        assertThat(quote.payable()).isEqualTo(Money.zero());
        f.coupons.reserve(SHOP, f.aliceId(), big.id(), "order-1");
        Quote after = f.quotes.quote(f.alice, pickup(new CouponChoice.Specific(big.id()), CartLine.of(sku, 1)));
        assertThat(after.notApplied()).extracting(Inapplicable::reason)
                .containsExactly(InapplicableReason.COUPON_NOT_AVAILABLE);
    }

    @Test
    void a_store_scoped_coupon_covers_only_that_stores_lines_and_a_future_coupon_waits() {
        dev.zhanggui.catalog.StoreId downtown = new dev.zhanggui.catalog.StoreId(UUID.randomUUID());
        SkuId sku = f.sku("40.00", 0);
        Coupon storeCoupon = grantToAlice(amountOff("10.00", "30.00",
                new CouponScope(CouponScope.Kind.STORES, Set.of(downtown.value())), true));
        Coupon later = grantToAlice(new CouponTerms("明天", new CouponBenefit.FixedAmount(Money.of("20.00")),
                Money.zero(), CouponScope.ALL, new CouponValidity.FixedWindow(ValidityWindow.between(
                NOW.plusSeconds(86_400), NOW.plusSeconds(2 * 86_400))), 10, 1, true));
        Quote quote = f.quotes.quote(f.alice, pickup(new CartLine(sku, 1, Optional.of(downtown)),
                new CartLine(sku, 1, Optional.empty())));
        assertThat(couponShares(quote)).containsExactly("10.00", "0.00");
        assertThat(quote.appliedCoupon().map(CouponOption::coupon)).contains(storeCoupon.id());
        assertThat(quote.notApplied()).contains(new Inapplicable(Inapplicable.Subject.COUPON, later.id().toString(),
                InapplicableReason.COUPON_NOT_STARTED, Optional.empty()));
        Quote elsewhere = f.quotes.quote(f.alice, pickup(CartLine.of(sku, 1)));
        assertThat(elsewhere.notApplied()).contains(new Inapplicable(Inapplicable.Subject.COUPON,
                storeCoupon.id().toString(), InapplicableReason.COUPON_OUT_OF_SCOPE, Optional.empty()));
    }

    @Test
    void staff_quote_for_a_customer_and_customers_only_for_themselves() {
        MemberLevel silver = f.levels.create(f.admin, new NewMemberLevel("银牌", 0, new BigDecimal("0.85")));
        SkuId sku = f.sku("10.00", 0);
        QuoteRequest forAlice = new QuoteRequest(List.of(CartLine.of(sku, 1)), Optional.of(f.aliceId()),
                CouponChoice.BEST, DeliveryMethod.PICKUP, Optional.empty(), Optional.empty());
        assertThat(f.quotes.quote(Actor.staff(SHOP, "clerk"), forAlice).lines().getFirst().unitPrice())
                .isEqualTo(UnitPrice.of(Money.of("8.50"), PriceTier.LEVEL_RATE, silver.id()));
        Actor bob = Actor.customer(SHOP, "kc-bob", "13800000002");
        assertThatThrownBy(() -> f.quotes.quote(bob, forAlice)).hasFieldOrPropertyWithValue("code",
                ErrorCode.FORBIDDEN);
    }

    @Test
    void a_cart_that_cannot_be_quoted_is_refused_with_every_field_at_fault() {
        SkuId sku = f.sku("10.00", 0);
        assertThatThrownBy(() -> f.quotes.quote(f.alice, pickup(CartLine.of(sku, 0),
                CartLine.of(new SkuId(UUID.randomUUID()), 1))))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.QUOTE_INVALID);
                    assertThat(e.fieldErrors()).extracting(FieldError::field)
                            .containsExactly("lines[0].quantity", "lines[1].sku");
                });
        assertThatThrownBy(() -> f.quotes.quote(f.alice, pickup()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.QUOTE_INVALID);
    }
}
