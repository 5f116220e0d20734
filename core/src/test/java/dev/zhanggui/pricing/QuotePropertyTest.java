package dev.zhanggui.pricing;

import dev.zhanggui.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the quote over random carts (seeded, so a failure is reproducible): discounts
 * never exceed the goods, nothing is negative, lines sum exactly to the order's totals, and the
 * same inputs always give the same quote.
 */
class QuotePropertyTest {
    private static final int CARTS = 1_000;

    private static Money sum(List<Money> amounts) {
        return amounts.stream().reduce(Money.zero(), Money::plus);
    }

    @Test
    void line_totals_sum_to_the_order_totals_and_nothing_is_negative() {
        RandomCarts carts = new RandomCarts(20261122L);
        QuoteCalculator calculator = new QuoteCalculator();
        int withPromotion = 0;
        int withCoupon = 0;
        int freeShipping = 0;
        java.util.Set<PriceTier> tiers = java.util.EnumSet.noneOf(PriceTier.class);
        for (int n = 0; n < CARTS; n++) {
            Quote quote = calculator.quote(carts.next(30, new DefaultUnitPricePolicy()));
            String cart = "cart " + n;
            withPromotion += quote.promotionDiscount().isPositive() ? 1 : 0;
            withCoupon += quote.couponDiscount().isPositive() ? 1 : 0;
            freeShipping += quote.shipping().waivedBy().isPresent() ? 1 : 0;
            quote.lines().forEach(l -> tiers.add(l.unitPrice().tier()));
            for (QuotedLine line : quote.lines()) {
                assertThat(line.goodsAmount()).as(cart).isEqualTo(line.unitPrice().amount().times(line.quantity()));
                assertThat(line.unitPrice().amount()).as(cart + ": the lowest price is never above the list price")
                        .isLessThanOrEqualTo(line.listPrice());
                assertThat(line.total().isNegative()).as(cart).isFalse();
                assertThat(line.promotionDiscount().isNegative() || line.couponDiscount().isNegative()).as(cart)
                        .isFalse();
                assertThat(line.promotionDiscount().plus(line.couponDiscount()).plus(line.total())).as(cart)
                        .isEqualTo(line.goodsAmount());
                assertThat(sum(line.discounts().stream().map(LineDiscount::amount).toList())).as(cart)
                        .isEqualTo(line.promotionDiscount().plus(line.couponDiscount()));
            }
            assertThat(sum(quote.lines().stream().map(QuotedLine::goodsAmount).toList())).as(cart)
                    .isEqualTo(quote.goodsTotal());
            assertThat(sum(quote.lines().stream().map(QuotedLine::promotionDiscount).toList())).as(cart)
                    .isEqualTo(quote.promotionDiscount());
            assertThat(sum(quote.lines().stream().map(QuotedLine::couponDiscount).toList())).as(cart)
                    .isEqualTo(quote.couponDiscount());
            assertThat(sum(quote.discounts().stream().map(AppliedDiscount::amount).toList())).as(cart)
                    .isEqualTo(quote.promotionDiscount().plus(quote.couponDiscount()));
            assertThat(quote.promotionDiscount().plus(quote.couponDiscount())).as(cart + ": discounts within goods")
                    .isLessThanOrEqualTo(quote.goodsTotal());
            Money linesTotal = sum(quote.lines().stream().map(QuotedLine::total).toList());
            assertThat(linesTotal).as(cart).isEqualTo(
                    quote.goodsTotal().minus(quote.promotionDiscount()).minus(quote.couponDiscount()));
            assertThat(quote.payable()).as(cart).isEqualTo(linesTotal.plus(quote.shipping().charged()));
            assertThat(quote.payable().isNegative() || quote.shipping().charged().isNegative()).as(cart).isFalse();
            quote.appliedCoupon().ifPresent(c -> assertThat(c.discount()).as(cart).isEqualTo(quote.couponDiscount()));
        }
        // the random carts do reach every rule, so the properties are not vacuous
        assertThat(withPromotion).isGreaterThan(CARTS / 4);
        assertThat(withCoupon).isGreaterThan(CARTS / 10);
        assertThat(freeShipping).isGreaterThan(CARTS / 10);
        assertThat(tiers).containsExactlyInAnyOrder(PriceTier.values());
    }

    @Test
    void the_same_inputs_give_the_same_quote_whatever_the_order_of_the_coupons() {
        RandomCarts carts = new RandomCarts(42L);
        Random shuffler = new Random(7L);
        QuoteCalculator calculator = new QuoteCalculator();
        for (int n = 0; n < CARTS / 2; n++) {
            QuoteInputs inputs = carts.next(20, new DefaultUnitPricePolicy());
            Quote first = calculator.quote(inputs);
            assertThat(calculator.quote(inputs)).as("cart " + n).isEqualTo(first);
            List<CouponOffer> shuffled = new ArrayList<>(inputs.coupons());
            Collections.shuffle(shuffled, shuffler);
            Quote reordered = calculator.quote(new QuoteInputs(inputs.merchant(), inputs.at(), inputs.lines(),
                    inputs.skus(), inputs.level(), inputs.levelPrices(), inputs.priceLists(), inputs.flashPrices(),
                    inputs.flashBought(), inputs.promotions(), shuffled, inputs.couponChoice(), inputs.delivery(),
                    inputs.carrier(), inputs.carriers(), inputs.region(), inputs.unitPricePolicy()));
            assertThat(reordered.appliedCoupon()).as("cart " + n).isEqualTo(first.appliedCoupon());
            assertThat(reordered.lines()).as("cart " + n).isEqualTo(first.lines());
            assertThat(reordered.payable()).as("cart " + n).isEqualTo(first.payable());
        }
    }

    @Test
    void the_price_list_first_rule_keeps_every_sum_exact_too() {
        RandomCarts carts = new RandomCarts(99L);
        QuoteCalculator calculator = new QuoteCalculator();
        for (int n = 0; n < CARTS / 2; n++) {
            Quote quote = calculator.quote(carts.next(30, new PriceListFirstUnitPricePolicy()));
            Money linesTotal = sum(quote.lines().stream().map(QuotedLine::total).toList());
            assertThat(linesTotal.plus(quote.promotionDiscount()).plus(quote.couponDiscount())).as("cart " + n)
                    .isEqualTo(quote.goodsTotal());
            assertThat(quote.payable().isNegative()).isFalse();
        }
    }
}
