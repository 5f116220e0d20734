package dev.zhanggui.server.demo;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroup;
import dev.zhanggui.customer.CustomerGroupService;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.MemberLevelRepository;
import dev.zhanggui.customer.MemberLevelService;
import dev.zhanggui.customer.NewMemberLevel;
import dev.zhanggui.customer.PhoneNumber;
import dev.zhanggui.pricing.CarrierService;
import dev.zhanggui.pricing.PriceListOwner;
import dev.zhanggui.pricing.PriceListService;
import dev.zhanggui.pricing.PriceListTerms;
import dev.zhanggui.pricing.QuantityBreak;
import dev.zhanggui.pricing.RegionalRate;
import dev.zhanggui.pricing.ShippingRate;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.promotion.CouponBenefit;
import dev.zhanggui.promotion.CouponScope;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateService;
import dev.zhanggui.promotion.CouponTerms;
import dev.zhanggui.promotion.CouponValidity;
import dev.zhanggui.promotion.PromotionRule;
import dev.zhanggui.promotion.PromotionService;
import dev.zhanggui.promotion.PromotionTerms;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Transactions;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The demo mall's pricing (merchant demo): five member levels, a wholesale group (批发客户, with 李四)
 * whose price list has quantity breaks, 满200减20 (and 满500减60), free shipping over 99, a new-member
 * gift pack coupon, a coupon claimable with the code WELCOME10, and two carriers. Loaded once, after
 * the demo catalog.
 */
@ApplicationScoped
public class PricingDemoData {
    @Inject
    MemberLevelService levels;
    @Inject
    MemberLevelRepository levelRepository;
    @Inject
    CustomerGroupService groups;
    @Inject
    CustomerRepository customers;
    @Inject
    PriceListService priceLists;
    @Inject
    PromotionService promotions;
    @Inject
    CouponTemplateService templates;
    @Inject
    CarrierService carriers;
    @Inject
    JdbcStatements sql;
    @Inject
    Transactions transactions;
    @ConfigProperty(name = "zhanggui.demo.enabled", defaultValue = "true")
    boolean enabled;

    void load(@Observes @Priority(30) StartupEvent startup) {
        if (!enabled || transactions.inTransaction(() -> !levelRepository.all(DemoData.DEMO).isEmpty())) {
            return;
        }
        Actor system = Actor.system(DemoData.DEMO, "demo-data");
        memberLevels(system);
        wholesale(system);
        Instant since = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS);
        promotions.create(system, new PromotionTerms("满200减20，满500减60", ValidityWindow.startingAt(since), List.of(),
                PromotionRule.of("tiered_spend_discount", Map.of("tiers", "200.00:20.00,500.00:60.00")), 10));
        promotions.create(system, new PromotionTerms("满99包邮", ValidityWindow.startingAt(since),
                List.of(PromotionRule.of("minimum_spend", Map.of("amount", "99.00"))),
                PromotionRule.of("free_shipping", Map.of()), 0));
        CouponTemplate gift = templates.create(system, new CouponTerms("新人礼包 5元无门槛券",
                new CouponBenefit.FixedAmount(Money.of("5.00")), Money.zero(), CouponScope.ALL,
                new CouponValidity.DaysFromClaim(30), 1_000_000, 1, true));
        templates.chooseGiftPack(system, List.of(gift.id()));
        CouponTemplate welcome = templates.create(system, new CouponTerms("WELCOME10 满50减10",
                new CouponBenefit.FixedAmount(Money.of("10.00")), Money.of("50.00"), CouponScope.ALL,
                new CouponValidity.DaysFromClaim(30), 100_000, 1, true));
        templates.addSharedCode(system, welcome.id(), "WELCOME10", 100_000);
        carriers.create(system, "顺丰速运", new ShippingRate(Money.of("12.00"), Money.of("2.00")),
                List.of(new RegionalRate(Set.of("新疆维吾尔自治区", "西藏自治区", "650000", "540000"),
                        new ShippingRate(Money.of("25.00"), Money.of("10.00")))));
        carriers.create(system, "中通快递", new ShippingRate(Money.of("10.00"), Money.of("2.00")), List.of());
        Log.info("Demo pricing loaded: 5 member levels, a wholesale price list, 满200减20, 满99包邮, "
                + "a gift pack coupon, WELCOME10, 2 carriers");
    }

    private void memberLevels(Actor system) {
        String[] names = {"铜牌会员", "银牌会员", "金牌会员", "白金会员", "钻石会员"};
        long[] requirements = {10, 100, 1_000, 10_000, 100_000};
        String[] rates = {"0.95", "0.85", "0.75", "0.65", "0.5"};
        for (int i = 0; i < names.length; i++) {
            levels.create(system, new NewMemberLevel(names[i], requirements[i], new BigDecimal(rates[i])));
        }
    }

    /** 批发客户 with 李四 in it, and its price list: the first three on-sale SKUs at 1+, 10+ and 100+. */
    private void wholesale(Actor system) {
        CustomerGroup group = groups.create(system, "批发客户");
        transactions.inTransaction(() -> customers.findByPhone(DemoData.DEMO, new PhoneNumber("13800000002")))
                .ifPresent(lisi -> groups.admit(system, group.id(), List.<CustomerId>of(lisi.id())));
        Map<SkuId, List<QuantityBreak>> entries = new LinkedHashMap<>();
        transactions.inTransaction(() -> sql.query("""
                select s.id, s.price from sku s join product p on p.id = s.product_id
                where s.merchant_id = 'demo' and p.status = 'ON_SALE' order by p.code, s.position limit 3""",
                s -> { }, r -> Map.entry(r.getObject(1, UUID.class), r.getBigDecimal(2))))
                .forEach(e -> entries.put(new SkuId(e.getKey()), List.of(
                        new QuantityBreak(1, Money.of(e.getValue())),
                        new QuantityBreak(10, Money.of(e.getValue().multiply(new BigDecimal("0.90"))
                                .setScale(2, RoundingMode.HALF_UP))),
                        new QuantityBreak(100, Money.of(e.getValue().multiply(new BigDecimal("0.82"))
                                .setScale(2, RoundingMode.HALF_UP))))));
        if (!entries.isEmpty()) {
            priceLists.create(system, new PriceListTerms("批发价", new PriceListOwner.Group(group.id()),
                    ValidityWindow.startingAt(Instant.now().truncatedTo(ChronoUnit.DAYS).minus(1, ChronoUnit.DAYS)),
                    entries));
        }
    }
}
