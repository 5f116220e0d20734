package dev.zhanggui.promotion;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.promotion.inmemory.InMemoryPromotionRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff define promotions from registered conditions and actions stored as {code, args}. */
class PromotionScenarioTest {
    static final MerchantId SHOP = MerchantId.of("shop");
    static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");
    private final PromotionService promotions = new PromotionService(new InMemoryPromotionRepository(),
            PromotionRegistry.withBuiltIns(), new InMemoryTransactions(), new TimeOrderedIdGenerator(Clock.systemUTC()));
    private final Actor admin = Actor.admin(SHOP, "admin");
    private final ValidityWindow always = ValidityWindow.startingAt(NOW.minusSeconds(3600));

    static CartView cart(String... amounts) {
        List<CartLineView> lines = new java.util.ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            lines.add(new CartLineView(i, new SkuId(UUID.randomUUID()), new ProductId(UUID.randomUUID()), Set.of(),
                    Optional.empty(), 1, Money.of(amounts[i])));
        }
        return new CartView(lines, NOW);
    }

    private CompiledPromotion onlyRunning() {
        return promotions.running(SHOP, NOW).getFirst();
    }

    @Test
    void spend_x_save_y_gives_the_highest_tier_reached() {
        promotions.create(admin, new PromotionTerms("满200减20 满500减60", always, List.of(),
                PromotionRule.of("tiered_spend_discount", Map.of("tiers", "500.00:60.00,200.00:20.00")), 0));
        CompiledPromotion spend = onlyRunning();
        assertThat(spend.evaluate(cart("150.00", "40.00")))
                .isEqualTo(new PromotionEffect.NoEffect(Optional.of(Money.of("10.00"))));
        assertThat(spend.evaluate(cart("150.00", "50.00")))
                .isEqualTo(new PromotionEffect.OrderDiscount(Money.of("20.00"), List.of(0, 1)));
        assertThat(spend.evaluate(cart("499.99"))).isEqualTo(new PromotionEffect.OrderDiscount(Money.of("20.00"),
                List.of(0)));
        assertThat(spend.evaluate(cart("500.00", "0.00")))
                .isEqualTo(new PromotionEffect.OrderDiscount(Money.of("60.00"), List.of(0)));
    }

    @Test
    void free_shipping_over_x_says_how_much_is_missing() {
        promotions.create(admin, new PromotionTerms("满99包邮", always,
                List.of(PromotionRule.of("minimum_spend", Map.of("amount", "99.00"))),
                PromotionRule.of("free_shipping", Map.of()), 0));
        CompiledPromotion free = onlyRunning();
        assertThat(free.stage()).isEqualTo(PromotionStage.SHIPPING);
        assertThat(free.evaluate(cart("90.00"))).isEqualTo(new PromotionEffect.NoEffect(Optional.of(Money.of("9.00"))));
        assertThat(free.evaluate(cart("99.00"))).isEqualTo(new PromotionEffect.FreeShipping());
    }

    @Test
    void a_category_percentage_applies_only_within_its_window() {
        CategoryId tea = new CategoryId(UUID.randomUUID());
        promotions.create(admin, new PromotionTerms("茶叶85折", ValidityWindow.between(NOW, NOW.plusSeconds(60)),
                List.of(), PromotionRule.of("category_percentage_off",
                Map.of("category", tea.toString(), "percent", "15")), 0));
        assertThat(promotions.running(SHOP, NOW.minusSeconds(1))).isEmpty();
        assertThat(promotions.running(SHOP, NOW.plusSeconds(60))).isEmpty();
        CompiledPromotion percent = onlyRunning();
        CartView cart = new CartView(List.of(
                new CartLineView(0, new SkuId(UUID.randomUUID()), new ProductId(UUID.randomUUID()), Set.of(tea),
                        Optional.empty(), 3, Money.of("33.33")),
                new CartLineView(1, new SkuId(UUID.randomUUID()), new ProductId(UUID.randomUUID()), Set.of(),
                        Optional.empty(), 1, Money.of("50.00"))), NOW);
        // 33.33 × 0.15 = 4.9995 → 5.00 (HALF_UP at the line)
        assertThat(percent.evaluate(cart)).isEqualTo(new PromotionEffect.LineDiscounts(Map.of(0, Money.of("5.00"))));
    }

    @Test
    void an_unknown_code_is_refused_with_its_field() {
        assertThatThrownBy(() -> promotions.create(admin, new PromotionTerms("x", always, List.of(),
                PromotionRule.of("buy_one_get_one", Map.of()), 0)))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROMOTION_CODE_UNKNOWN);
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("action.code");
                });
    }

    @Test
    void bad_arguments_are_refused_with_every_field_at_fault() {
        assertThatThrownBy(() -> promotions.create(admin, new PromotionTerms("x", always,
                List.of(PromotionRule.of("minimum_spend", Map.of("amount", "-5"))),
                PromotionRule.of("category_percentage_off", Map.of("category", "tea", "percent", "100", "extra", "1")),
                0))).isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.PROMOTION_ARGS_INVALID);
                    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly(
                            "conditions[0].args.amount", "action.args.category", "action.args.percent",
                            "action.args.extra");
                });
        assertThatThrownBy(() -> promotions.create(admin, new PromotionTerms("x", always, List.of(),
                PromotionRule.of("tiered_spend_discount", Map.of("tiers", "200:20,200:30")), 0)))
                .hasFieldOrPropertyWithValue("code", ErrorCode.PROMOTION_ARGS_INVALID);
        assertThatThrownBy(() -> promotions.create(admin, new PromotionTerms("x", always, List.of(),
                PromotionRule.of("tiered_spend_discount", Map.of("tiers", "20:20")), 0)))
                .hasFieldOrPropertyWithValue("code", ErrorCode.PROMOTION_ARGS_INVALID);
    }

    @Test
    void a_disabled_promotion_does_not_run_and_only_staff_define_them() {
        Promotion p = promotions.create(admin, new PromotionTerms("包邮", always, List.of(),
                PromotionRule.of("free_shipping", Map.of()), 0));
        promotions.enable(admin, p.id(), false);
        assertThat(promotions.running(SHOP, NOW)).isEmpty();
        assertThatThrownBy(() -> promotions.create(Actor.customer(SHOP, "kc", "13800000001"),
                new PromotionTerms("x", always, List.of(), PromotionRule.of("free_shipping", Map.of()), 0)))
                .hasFieldOrPropertyWithValue("code", ErrorCode.FORBIDDEN);
    }
}
