package dev.zhanggui.order;

import dev.zhanggui.wallet.inmemory.InMemoryWalletAuditLog;
import dev.zhanggui.shared.inmemory.ManualClock;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.catalog.inmemory.InMemoryStockRepository;
import dev.zhanggui.customer.AddressDetails;
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
import dev.zhanggui.order.inmemory.InMemoryCartRepository;
import dev.zhanggui.order.inmemory.InMemoryHolidayCalendar;
import dev.zhanggui.order.inmemory.InMemoryOrderCatalog;
import dev.zhanggui.order.inmemory.InMemoryOrderRepository;
import dev.zhanggui.order.inmemory.InMemoryOrderSequence;
import dev.zhanggui.order.inmemory.InMemoryOrderSettings;
import dev.zhanggui.pricing.CouponSources;
import dev.zhanggui.pricing.PriceTierSources;
import dev.zhanggui.pricing.PricedSku;
import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.pricing.inmemory.InMemoryCarrierRepository;
import dev.zhanggui.pricing.inmemory.InMemoryFlashPriceRepository;
import dev.zhanggui.pricing.inmemory.InMemoryFlashPurchases;
import dev.zhanggui.pricing.inmemory.InMemoryLevelPriceRepository;
import dev.zhanggui.pricing.inmemory.InMemoryPriceListRepository;
import dev.zhanggui.pricing.inmemory.InMemoryPricingCatalog;
import dev.zhanggui.pricing.inmemory.InMemoryPricingSettings;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponBenefit;
import dev.zhanggui.promotion.CouponScope;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateService;
import dev.zhanggui.promotion.CouponTerms;
import dev.zhanggui.promotion.CouponValidity;
import dev.zhanggui.promotion.GrantTarget;
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
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import dev.zhanggui.shared.inmemory.RecordingEventPublisher;
import dev.zhanggui.wallet.Cause;
import dev.zhanggui.wallet.DefaultSpendingOrderPolicy;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.WalletCredit;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletService;
import dev.zhanggui.wallet.inmemory.InMemoryWalletRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The order use cases wired on in-memory ports with the real pricing, promotion, wallet and stock
 * services, a clock the test moves, a shop with staff and customers.
 */
final class OrderFixture {
    static final MerchantId SHOP = MerchantId.of("shop");
    /** Monday 2026-11-23, 10:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    final ManualClock clock = ManualClock.at(NOW);
    final InMemoryTransactions transactions = new InMemoryTransactions();
    final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(java.time.Clock.systemUTC());
    final RecordingEventPublisher events = new RecordingEventPublisher();

    final InMemoryPricingCatalog pricingCatalog = new InMemoryPricingCatalog();
    final InMemoryCustomerRepository customerRepository = new InMemoryCustomerRepository();
    final InMemoryMemberLevelRepository levelRepository = new InMemoryMemberLevelRepository();
    final InMemoryCustomerGroupRepository groupRepository = new InMemoryCustomerGroupRepository();
    final InMemoryCarrierRepository carrierRepository = new InMemoryCarrierRepository();
    final InMemoryCouponTemplateRepository templateRepository = new InMemoryCouponTemplateRepository();
    final InMemoryCouponRepository couponRepository = new InMemoryCouponRepository();
    final InMemoryCouponCodeRepository codeRepository = new InMemoryCouponCodeRepository();
    final InMemoryGiftPackSettings giftPacks = new InMemoryGiftPackSettings();
    final InMemoryCouponAudience audience = new InMemoryCouponAudience();
    final InMemoryStockRepository stockRepository = new InMemoryStockRepository();
    final InMemoryWalletRepository walletRepository = new InMemoryWalletRepository();
    final InMemoryOrderRepository orderRepository = new InMemoryOrderRepository();
    final InMemoryCartRepository cartRepository = new InMemoryCartRepository();
    final InMemoryOrderSettings settings = new InMemoryOrderSettings();
    final InMemoryHolidayCalendar holidays = new InMemoryHolidayCalendar();
    final InMemoryOrderCatalog orderCatalog = new InMemoryOrderCatalog();

    final dev.zhanggui.pricing.CarrierService carriers = new dev.zhanggui.pricing.CarrierService(carrierRepository,
            transactions, ids);
    final CustomerService customers = new CustomerService(customerRepository, new DefaultPhoneNumberPolicy(),
            transactions, events, ids, clock);
    final MemberLevelService levels = new MemberLevelService(levelRepository, new InMemoryMemberLevelSettings(),
            new InMemoryPointsStandings(), new DefaultMemberLevelPolicy(), transactions, ids);
    final CustomerGroupService groups = new CustomerGroupService(groupRepository, customerRepository, transactions, ids);
    final PromotionService promotions = new PromotionService(new InMemoryPromotionRepository(),
            PromotionRegistry.withBuiltIns(), transactions, ids);
    final CouponTemplateService templates = new CouponTemplateService(templateRepository, codeRepository, giftPacks,
            transactions, ids);
    final CouponService coupons = new CouponService(templateRepository, couponRepository, codeRepository,
            new InMemoryCouponIssuance(), audience, giftPacks, customers, transactions, ids, clock);
    final QuoteService quotes = new QuoteService(pricingCatalog,
            new PriceTierSources(levels, new InMemoryLevelPriceRepository(), groupRepository,
                    new InMemoryPriceListRepository(), new InMemoryFlashPriceRepository(), new InMemoryFlashPurchases(),
                    new InMemoryPricingSettings()),
            new CouponSources(promotions, couponRepository, templateRepository), carrierRepository, customers,
            transactions, clock);
    final WalletService wallets = new WalletService(walletRepository, customerRepository, customers,
            new DefaultSpendingOrderPolicy(), new InMemoryWalletAuditLog(), transactions, ids, clock);
    final WalletPaymentService walletPayments = new WalletPaymentService(walletRepository, customerRepository,
            customers, new DefaultSpendingOrderPolicy(), transactions, ids, clock);

    final OrderStock stock = new CatalogOrderStock(stockRepository, ids);
    final OrderHoldings holdings = new OrderHoldings(stock, coupons, couponRepository, wallets, walletPayments);
    final CheckoutService checkout = new CheckoutService(orderRepository, cartRepository, customers, quotes,
            orderCatalog, holdings, settings, new DefaultOrderNumberPolicy(settings, new InMemoryOrderSequence()),
            new DefaultPaymentTermsPolicy(), new DefaultDeliveryDatePolicy(holidays), new RandomVerificationCodes(),
            transactions, events, ids, clock);
    final CartService carts = new CartService(cartRepository, orderRepository, customers, pricingCatalog, stock,
            quotes, transactions);
    final OrderPaymentService payments = new OrderPaymentService(orderRepository, customers, holdings, transactions,
            events, clock);
    final FulfilmentService fulfilment = new FulfilmentService(orderRepository, customers, settings, transactions,
            events, ids, clock);
    final OrderService orders = new OrderService(orderRepository, customers, holdings, transactions, events, clock);
    final OrderJobs jobs = new OrderJobs(orderRepository, customers, holdings, transactions, events);

    final Actor admin = Actor.admin(SHOP, "admin");
    final Actor salesperson = Actor.staff(SHOP, "sales-wang");
    final Actor cashier = Actor.staff(SHOP, "cashier-li");
    final Actor gateway = new Actor(SHOP, "payment-gateway", Actor.Kind.INTEGRATION, Optional.empty());
    private int phones;
    private int topUps;

    OrderFixture() {
        settings.set(SHOP, new OrderSettings.MerchantOrderSettings(java.time.ZoneId.of("Asia/Shanghai"), "21065",
                OrderTimers.DEFAULT, dev.zhanggui.shared.PointsRate.perYuan(100), PaymentTerms.DEFAULT));
        carriers.create(admin, "包邮快递", new dev.zhanggui.pricing.ShippingRate(Money.zero(), Money.zero()), List.of());
    }

    /** A new signed-in customer with a default address. */
    Actor customer() {
        Actor customer = Actor.customer(SHOP, "kc-" + (++phones), "1390000%04d".formatted(phones));
        customers.addAddress(customer, address("张三"), true);
        return customer;
    }

    CustomerId idOf(Actor customer) {
        return customers.me(customer).id();
    }

    static AddressDetails address(String recipient) {
        return new AddressDetails(recipient, "13800000001", "上海市", "上海市", "浦东新区", "世纪大道 100 号",
                Optional.of("200120"));
    }

    /** A SKU on sale at the list price with {@code onHand} in the central warehouse. */
    SkuId sku(String name, String price, int onHand) {
        return sku(name, price, onHand, Optional.empty());
    }

    SkuId sku(String name, String price, int onHand, Optional<StoreId> store) {
        SkuId id = new SkuId(UUID.randomUUID());
        ProductId product = new ProductId(UUID.randomUUID());
        pricingCatalog.put(SHOP, new PricedSku(id, product, Money.of(price), 500, Set.of()));
        orderCatalog.put(SHOP, new SkuDescription(id, product, name, name.toUpperCase(), List.of("默认")));
        stockRepository.adjust(SHOP, id, StockLocation.of(store), onHand, 1_000_000_000, NOW);
        return id;
    }

    int onHand(SkuId sku) {
        return onHand(sku, Optional.empty());
    }

    int onHand(SkuId sku, Optional<StoreId> store) {
        return stock.available(SHOP, List.of(sku), StockLocation.of(store)).get(sku);
    }

    void topUp(Actor customer, String amount) {
        wallets.credit(admin, idOf(customer), new WalletCredit(LedgerReason.TOPUP, Money.of(amount), Money.zero(),
                Optional.empty(), Optional.empty()), "topup-" + (++topUps));
    }

    void givePoints(Actor customer, long points) {
        walletPayments.earnPoints(admin, idOf(customer), Points.of(points), LedgerReason.ADJUSTMENT,
                Cause.rule("test"), "points-" + (++topUps));
    }

    Money balance(Actor customer) {
        return wallets.wallet(admin, idOf(customer)).balance();
    }

    Points points(Actor customer) {
        return wallets.wallet(admin, idOf(customer)).points();
    }

    /** A 10.00-off coupon (no minimum) granted to the customer. */
    Coupon coupon(Actor customer, String amountOff) {
        CouponTemplate template = templates.create(admin, new CouponTerms(amountOff + " off",
                new CouponBenefit.FixedAmount(Money.of(amountOff)), Money.zero(), CouponScope.ALL,
                new CouponValidity.DaysFromClaim(30), 100, 1, true));
        audience.register(SHOP, idOf(customer), Set.of(), Optional.empty());
        coupons.grant(admin, template.id(), new GrantTarget.Listed(List.of(idOf(customer))));
        return coupons.mine(customer, Optional.empty()).stream().filter(c -> c.template().equals(template.id()))
                .findFirst().orElseThrow();
    }

    Coupon reload(Coupon coupon) {
        return couponRepository.find(SHOP, coupon.id()).orElseThrow();
    }
}
