package dev.zhanggui.pricing;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.CustomerGroupService;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultMemberLevelPolicy;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.customer.MemberLevelService;
import dev.zhanggui.customer.inmemory.InMemoryCustomerGroupRepository;
import dev.zhanggui.customer.inmemory.InMemoryCustomerRepository;
import dev.zhanggui.customer.inmemory.InMemoryMemberLevelRepository;
import dev.zhanggui.customer.inmemory.InMemoryMemberLevelSettings;
import dev.zhanggui.customer.inmemory.InMemoryPointsStandings;
import dev.zhanggui.pricing.inmemory.InMemoryCarrierRepository;
import dev.zhanggui.pricing.inmemory.InMemoryFlashPriceRepository;
import dev.zhanggui.pricing.inmemory.InMemoryFlashPurchases;
import dev.zhanggui.pricing.inmemory.InMemoryLevelPriceRepository;
import dev.zhanggui.pricing.inmemory.InMemoryPriceListRepository;
import dev.zhanggui.pricing.inmemory.InMemoryPricingCatalog;
import dev.zhanggui.pricing.inmemory.InMemoryPricingSettings;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.CouponTemplateService;
import dev.zhanggui.promotion.PromotionRegistry;
import dev.zhanggui.promotion.PromotionService;
import dev.zhanggui.promotion.inmemory.InMemoryCouponAudience;
import dev.zhanggui.promotion.inmemory.InMemoryCouponCodeRepository;
import dev.zhanggui.promotion.inmemory.InMemoryCouponIssuance;
import dev.zhanggui.promotion.inmemory.InMemoryCouponRepository;
import dev.zhanggui.promotion.inmemory.InMemoryCouponTemplateRepository;
import dev.zhanggui.promotion.inmemory.InMemoryGiftPackSettings;
import dev.zhanggui.promotion.inmemory.InMemoryPromotionRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import dev.zhanggui.shared.inmemory.RecordingEventPublisher;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.UUID;

/** The whole pricing engine wired on in-memory ports, at a fixed time. */
final class QuoteFixture {
    static final MerchantId SHOP = MerchantId.of("shop");
    static final Instant NOW = Instant.parse("2026-11-22T04:00:00Z");

    final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(Clock.systemUTC());
    final InMemoryPricingCatalog catalog = new InMemoryPricingCatalog();
    final InMemoryPointsStandings standings = new InMemoryPointsStandings();
    final InMemoryFlashPurchases flashPurchases = new InMemoryFlashPurchases();
    final InMemoryCustomerRepository customerRepository = new InMemoryCustomerRepository();
    final InMemoryMemberLevelRepository levelRepository = new InMemoryMemberLevelRepository();
    final InMemoryCustomerGroupRepository groupRepository = new InMemoryCustomerGroupRepository();
    final InMemoryPriceListRepository priceListRepository = new InMemoryPriceListRepository();
    final InMemoryFlashPriceRepository flashRepository = new InMemoryFlashPriceRepository();
    final InMemoryLevelPriceRepository levelPriceRepository = new InMemoryLevelPriceRepository();
    final InMemoryCarrierRepository carrierRepository = new InMemoryCarrierRepository();
    final InMemoryCouponTemplateRepository templateRepository = new InMemoryCouponTemplateRepository();
    final InMemoryCouponRepository couponRepository = new InMemoryCouponRepository();
    final InMemoryCouponCodeRepository codeRepository = new InMemoryCouponCodeRepository();
    final InMemoryGiftPackSettings giftPacks = new InMemoryGiftPackSettings();
    final InMemoryPricingSettings settings = new InMemoryPricingSettings();
    final InMemoryCouponAudience audience = new InMemoryCouponAudience();

    final CustomerService customers = new CustomerService(customerRepository, new DefaultPhoneNumberPolicy(),
            transactions, new RecordingEventPublisher(), ids, clock);
    final MemberLevelService levels = new MemberLevelService(levelRepository, new InMemoryMemberLevelSettings(),
            standings, new DefaultMemberLevelPolicy(), transactions, ids);
    final CustomerGroupService groups = new CustomerGroupService(groupRepository, customerRepository, transactions, ids);
    final PriceListService priceLists = new PriceListService(priceListRepository, groupRepository, customerRepository,
            transactions, ids);
    final FlashPriceService flashPrices = new FlashPriceService(flashRepository, transactions, ids);
    final LevelPriceService levelPrices = new LevelPriceService(levelPriceRepository, levelRepository, transactions);
    final CarrierService carriers = new CarrierService(carrierRepository, transactions, ids);
    final PromotionService promotions = new PromotionService(new InMemoryPromotionRepository(),
            PromotionRegistry.withBuiltIns(), transactions, ids);
    final CouponTemplateService templates = new CouponTemplateService(templateRepository, codeRepository, giftPacks,
            transactions, ids);
    final CouponService coupons = new CouponService(templateRepository, couponRepository, codeRepository,
            new InMemoryCouponIssuance(), audience, giftPacks, customers, transactions, ids, clock);
    final QuoteService quotes = new QuoteService(catalog,
            new PriceTierSources(levels, levelPriceRepository, groupRepository, priceListRepository, flashRepository,
                    flashPurchases, settings),
            new CouponSources(promotions, couponRepository, templateRepository), carrierRepository, customers,
            transactions, clock);

    final Actor admin = Actor.admin(SHOP, "admin");
    final Actor alice = Actor.customer(SHOP, "kc-alice", "13800000001");

    CustomerId aliceId() {
        return customers.me(alice).id();
    }

    /** A SKU on sale at the list price, weighing {@code grams}, in the given categories. */
    SkuId sku(String listPrice, int grams, CategoryId... categories) {
        SkuId id = new SkuId(UUID.randomUUID());
        catalog.put(SHOP, new PricedSku(id, new ProductId(UUID.randomUUID()), Money.of(listPrice), grams,
                Set.of(categories)));
        return id;
    }
}
