package dev.zhanggui.pricing;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.promotion.CompiledPromotion;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponBenefit;
import dev.zhanggui.promotion.CouponId;
import dev.zhanggui.promotion.CouponScope;
import dev.zhanggui.promotion.CouponSource;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.promotion.CouponValidity;
import dev.zhanggui.promotion.Promotion;
import dev.zhanggui.promotion.PromotionId;
import dev.zhanggui.promotion.PromotionRegistry;
import dev.zhanggui.promotion.PromotionRule;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Builds quote inputs from a seeded {@link Random}: carts of 1 to {@code maxLines} lines over a
 * catalog with categories, a member level with some level prices, a price list with quantity
 * breaks, flash prices, the built-in promotions and a handful of held coupons. Ids come from the
 * same random source, so one seed always gives the same inputs.
 */
final class RandomCarts {
    static final MerchantId SHOP = MerchantId.of("shop");
    static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");
    private static final PromotionRegistry REGISTRY = PromotionRegistry.withBuiltIns();

    private final Random random;
    private final List<CategoryId> categories = new ArrayList<>();

    RandomCarts(long seed) {
        this.random = new Random(seed);
        for (int i = 0; i < 4; i++) {
            categories.add(new CategoryId(uuid()));
        }
    }

    UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    Money money(int maxFen) {
        return Money.ofMinor(random.nextInt(maxFen + 1));
    }

    QuoteInputs next(int maxLines, UnitPricePolicy policy) {
        int lineCount = 1 + random.nextInt(maxLines);
        List<CartLine> lines = new ArrayList<>();
        Map<SkuId, PricedSku> skus = new HashMap<>();
        List<SkuId> skuIds = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            SkuId sku;
            if (!skuIds.isEmpty() && random.nextInt(5) == 0) {
                sku = skuIds.get(random.nextInt(skuIds.size()));
            } else {
                sku = new SkuId(uuid());
                skuIds.add(sku);
                Set<CategoryId> in = random.nextBoolean() ? Set.of(categories.get(random.nextInt(4))) : Set.of();
                skus.put(sku, new PricedSku(sku, new ProductId(uuid()), money(50_000), random.nextInt(3000), in));
            }
            lines.add(CartLine.of(sku, 1 + random.nextInt(random.nextInt(10) == 0 ? 150 : 5)));
        }
        Optional<MemberLevel> level = random.nextBoolean() ? Optional.empty() : Optional.of(new MemberLevel(
                new MemberLevelId(uuid()), SHOP, "level", Points.of(0),
                new BigDecimal(1 + random.nextInt(100)).movePointLeft(2), 0));
        Map<SkuId, LevelPrice> levelPrices = new HashMap<>();
        level.ifPresent(l -> skuIds.stream().filter(s -> random.nextInt(4) == 0)
                .forEach(s -> levelPrices.put(s, new LevelPrice(SHOP, l.id(), s, money(50_000)))));
        return new QuoteInputs(SHOP, NOW, lines, skus, level, levelPrices, priceLists(skuIds),
                flashPrices(skuIds), Map.of(), promotions(), coupons(), choice(), DeliveryMethod.EXPRESS,
                Optional.empty(), List.of(carrier()), Optional.empty(), policy);
    }

    private List<PriceList> priceLists(List<SkuId> skuIds) {
        if (random.nextBoolean()) {
            return List.of();
        }
        Map<SkuId, List<QuantityBreak>> entries = new HashMap<>();
        for (SkuId sku : skuIds) {
            if (random.nextBoolean()) {
                entries.put(sku, List.of(new QuantityBreak(1, money(50_000)),
                        new QuantityBreak(10, money(40_000)), new QuantityBreak(100, money(30_000))));
            }
        }
        if (entries.isEmpty()) {
            return List.of();
        }
        return List.of(new PriceList(new PriceListId(uuid()), SHOP, "list",
                new PriceListOwner.Group(new CustomerGroupId(uuid())),
                ValidityWindow.startingAt(NOW.minusSeconds(60)), entries, 0));
    }

    private List<FlashPrice> flashPrices(List<SkuId> skuIds) {
        List<FlashPrice> flash = new ArrayList<>();
        for (SkuId sku : skuIds) {
            if (random.nextInt(6) == 0) {
                flash.add(new FlashPrice(new FlashPriceId(uuid()), SHOP, sku, money(30_000),
                        ValidityWindow.between(NOW.minusSeconds(60), NOW.plusSeconds(60)),
                        random.nextBoolean() ? OptionalInt.empty() : OptionalInt.of(1 + random.nextInt(5)), 0));
            }
        }
        return flash;
    }

    private List<CompiledPromotion> promotions() {
        List<CompiledPromotion> promotions = new ArrayList<>();
        ValidityWindow window = ValidityWindow.startingAt(NOW.minusSeconds(60));
        if (random.nextBoolean()) {
            promotions.add(compile(window, List.of(), PromotionRule.of("category_percentage_off",
                    Map.of("category", categories.get(random.nextInt(4)).toString(),
                            "percent", String.valueOf(1 + random.nextInt(99))))));
        }
        if (random.nextBoolean()) {
            promotions.add(compile(window, List.of(), PromotionRule.of("tiered_spend_discount",
                    Map.of("tiers", "200.00:20.00,500.00:60.00"))));
        }
        if (random.nextBoolean()) {
            promotions.add(compile(window, List.of(PromotionRule.of("minimum_spend", Map.of("amount", "99.00"))),
                    PromotionRule.of("free_shipping", Map.of())));
        }
        return promotions;
    }

    private CompiledPromotion compile(ValidityWindow window, List<PromotionRule> conditions, PromotionRule action) {
        return REGISTRY.compile(new Promotion(new PromotionId(uuid()), SHOP, "promotion", window, conditions, action,
                0, true, 0));
    }

    private List<CouponOffer> coupons() {
        List<CouponOffer> offers = new ArrayList<>();
        CustomerId holder = new CustomerId(uuid());
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            CouponBenefit benefit = random.nextBoolean()
                    ? new CouponBenefit.FixedAmount(Money.ofMinor(1 + random.nextInt(20_000)))
                    : new CouponBenefit.Rate(new BigDecimal(1 + random.nextInt(99)).movePointLeft(2),
                    random.nextBoolean() ? Optional.empty() : Optional.of(Money.ofMinor(1 + random.nextInt(5_000))));
            CouponScope scope = random.nextBoolean() ? CouponScope.ALL : new CouponScope(CouponScope.Kind.CATEGORIES,
                    Set.of(categories.get(random.nextInt(4)).value()));
            CouponTemplate template = new CouponTemplate(new CouponTemplateId(uuid()), SHOP, "coupon", benefit,
                    money(30_000), scope, new CouponValidity.DaysFromClaim(30), 100, 1, random.nextBoolean(), true, 0);
            offers.add(new CouponOffer(Coupon.issue(new CouponId(uuid()), template, holder, CouponSource.GRANT,
                    NOW.minusSeconds(60)), template));
        }
        return offers;
    }

    private CouponChoice choice() {
        return switch (random.nextInt(3)) {
            case 0 -> CouponChoice.NONE;
            default -> CouponChoice.BEST;
        };
    }

    private Carrier carrier() {
        return new Carrier(new CarrierId(uuid()), SHOP, "carrier",
                new ShippingRate(Money.of("10.00"), Money.of("2.00")), List.of(), true, 0);
    }
}
