package dev.zhanggui.benchmarks;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.Carrier;
import dev.zhanggui.pricing.CarrierId;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.CouponOffer;
import dev.zhanggui.pricing.DefaultUnitPricePolicy;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.pricing.LevelPrice;
import dev.zhanggui.pricing.PriceList;
import dev.zhanggui.pricing.PriceListId;
import dev.zhanggui.pricing.PriceListOwner;
import dev.zhanggui.pricing.PricedSku;
import dev.zhanggui.pricing.QuantityBreak;
import dev.zhanggui.pricing.Quote;
import dev.zhanggui.pricing.QuoteCalculator;
import dev.zhanggui.pricing.QuoteInputs;
import dev.zhanggui.pricing.ShippingRate;
import dev.zhanggui.pricing.ShippingRegion;
import dev.zhanggui.pricing.ValidityWindow;
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
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * The pure quote of a 50-line cart (issue 4): a wholesale price list with quantity breaks over
 * half the SKUs, a member level (rate 0.85, with level prices for a few SKUs), two promotions
 * (10% off a category, spend 200 save 20 / 500 save 60), three held coupons of which the best
 * is chosen, and express shipping. Inputs are built once; each call prices the cart from scratch.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QuoteBenchmark {
    static final MerchantId SHOP = MerchantId.of("bench");
    static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");
    static final int LINES = 50;

    private final QuoteCalculator calculator = new QuoteCalculator();
    private QuoteInputs inputs;

    @Setup
    public void setUp() {
        Random random = new Random(2026L);
        CategoryId tea = new CategoryId(uuid(random));
        CategoryId ware = new CategoryId(uuid(random));
        List<CartLine> lines = new ArrayList<>();
        Map<SkuId, PricedSku> skus = new HashMap<>();
        Map<SkuId, List<QuantityBreak>> entries = new HashMap<>();
        MemberLevel level = new MemberLevel(new MemberLevelId(uuid(random)), SHOP, "金牌", Points.of(1000),
                new BigDecimal("0.85"), 0);
        Map<SkuId, LevelPrice> levelPrices = new HashMap<>();
        for (int i = 0; i < LINES; i++) {
            SkuId sku = new SkuId(uuid(random));
            Money list = Money.ofMinor(500 + random.nextInt(20_000));
            skus.put(sku, new PricedSku(sku, new ProductId(uuid(random)), list, 100 + random.nextInt(900),
                    Set.of(i % 3 == 0 ? tea : ware)));
            lines.add(CartLine.of(sku, 1 + random.nextInt(i % 10 == 0 ? 120 : 4)));
            if (i % 2 == 0) {
                entries.put(sku, List.of(new QuantityBreak(1, list.times(new BigDecimal("0.9"))),
                        new QuantityBreak(10, list.times(new BigDecimal("0.8"))),
                        new QuantityBreak(100, list.times(new BigDecimal("0.7")))));
            }
            if (i % 7 == 0) {
                levelPrices.put(sku, new LevelPrice(SHOP, level.id(), sku, list.times(new BigDecimal("0.82"))));
            }
        }
        PriceList priceList = new PriceList(new PriceListId(uuid(random)), SHOP, "批发价",
                new PriceListOwner.Group(new CustomerGroupId(uuid(random))),
                ValidityWindow.startingAt(NOW.minusSeconds(3600)), entries, 0);
        PromotionRegistry registry = PromotionRegistry.withBuiltIns();
        ValidityWindow window = ValidityWindow.startingAt(NOW.minusSeconds(3600));
        List<CompiledPromotion> promotions = List.of(
                registry.compile(new Promotion(new PromotionId(uuid(random)), SHOP, "茶叶9折", window, List.of(),
                        PromotionRule.of("category_percentage_off",
                                Map.of("category", tea.toString(), "percent", "10")), 0, true, 0)),
                registry.compile(new Promotion(new PromotionId(uuid(random)), SHOP, "满200减20", window, List.of(),
                        PromotionRule.of("tiered_spend_discount", Map.of("tiers", "200.00:20.00,500.00:60.00")),
                        0, true, 0)));
        CustomerId holder = new CustomerId(uuid(random));
        List<CouponOffer> coupons = List.of(
                coupon(random, holder, new CouponBenefit.FixedAmount(Money.of("30.00")), "300.00", CouponScope.ALL),
                coupon(random, holder, new CouponBenefit.Rate(new BigDecimal("0.95"), Optional.of(Money.of("50.00"))),
                        "0.00", CouponScope.ALL),
                coupon(random, holder, new CouponBenefit.FixedAmount(Money.of("15.00")), "100.00",
                        new CouponScope(CouponScope.Kind.CATEGORIES, Set.of(tea.value()))));
        Carrier carrier = new Carrier(new CarrierId(uuid(random)), SHOP, "顺丰",
                new ShippingRate(Money.of("10.00"), Money.of("2.00")), List.of(), true, 0);
        inputs = new QuoteInputs(SHOP, NOW, lines, skus, Optional.of(level), levelPrices, List.of(priceList),
                List.of(), Map.of(), promotions, coupons, CouponChoice.BEST, DeliveryMethod.EXPRESS,
                Optional.of(carrier.id()), List.of(carrier), Optional.of(ShippingRegion.of("440000", "广东省")),
                new DefaultUnitPricePolicy());
        Quote check = calculator.quote(inputs);
        if (check.lines().size() != LINES || check.promotionDiscount().isZero() || check.appliedCoupon().isEmpty()) {
            throw new IllegalStateException("the benchmark cart does not exercise every rule: " + check);
        }
    }

    private static CouponOffer coupon(Random random, CustomerId holder, CouponBenefit benefit, String minimum,
                                      CouponScope scope) {
        CouponTemplate template = new CouponTemplate(new CouponTemplateId(uuid(random)), SHOP, "券", benefit,
                Money.of(minimum), scope, new CouponValidity.DaysFromClaim(30), 1000, 1, true, true, 0);
        return new CouponOffer(Coupon.issue(new CouponId(uuid(random)), template, holder, CouponSource.GRANT,
                NOW.minusSeconds(60)), template);
    }

    private static UUID uuid(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    @Benchmark
    public Quote quoteFiftyLines() {
        return calculator.quote(inputs);
    }
}
