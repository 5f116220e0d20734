package dev.zhanggui.aftersale;

import dev.zhanggui.wallet.inmemory.InMemoryWalletAuditLog;
import dev.zhanggui.aftersale.inmemory.InMemoryAfterSaleReasons;
import dev.zhanggui.aftersale.inmemory.InMemoryAfterSaleRepository;
import dev.zhanggui.aftersale.inmemory.InMemoryAfterSaleSettings;
import dev.zhanggui.aftersale.inmemory.InMemoryOrderPointsAwards;
import dev.zhanggui.aftersale.inmemory.InMemoryPointsClawbackRepository;
import dev.zhanggui.aftersale.inmemory.InMemoryRefundRepository;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockLocation;
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
import dev.zhanggui.order.*;
import dev.zhanggui.order.inmemory.*;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.payment.StartedPayment;
import dev.zhanggui.payment.inmemory.InMemoryPaymentGateway;
import dev.zhanggui.payment.inmemory.InMemoryPaymentRepository;
import dev.zhanggui.pricing.CarrierService;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.CouponSources;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.pricing.PriceTierSources;
import dev.zhanggui.pricing.PricedSku;
import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.pricing.ShippingRate;
import dev.zhanggui.pricing.inmemory.*;
import dev.zhanggui.promotion.*;
import dev.zhanggui.promotion.inmemory.*;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.PointsRate;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import dev.zhanggui.shared.inmemory.ManualClock;
import dev.zhanggui.shared.inmemory.RecordingEventPublisher;
import dev.zhanggui.wallet.Cause;
import dev.zhanggui.wallet.DefaultSpendingOrderPolicy;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.WalletCredit;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletService;
import dev.zhanggui.wallet.inmemory.InMemoryWalletRepository;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The after-sales use cases on in-memory ports with the real order, payment, wallet, coupon and
 * stock services (as in the order tests' fixture): a shop that charges {@code shipping} per order,
 * takes 100 points as 1.00, pays online through an in-memory gateway, with staff and customers.
 */
final class AfterSaleFixture {
    static final MerchantId SHOP = MerchantId.of("shop");
    /** Monday 2026-11-23, 10:00 in Shanghai. */
    static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");

    final ManualClock clock = ManualClock.at(NOW);
    final Transactions transactions;
    final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(java.time.Clock.systemUTC());
    final RecordingEventPublisher events = new RecordingEventPublisher();

    final InMemoryPricingCatalog pricingCatalog = new InMemoryPricingCatalog();
    final InMemoryCustomerRepository customerRepository = new InMemoryCustomerRepository();
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
    final InMemoryOrderSettings orderSettings = new InMemoryOrderSettings();
    final InMemoryOrderCatalog orderCatalog = new InMemoryOrderCatalog();
    final InMemoryPaymentRepository paymentRepository = new InMemoryPaymentRepository();
    final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway("sandbox", "secret");
    /** A second gateway the merchant has, which took none of these payments. */
    final InMemoryPaymentGateway otherGateway = new InMemoryPaymentGateway("other", "other-secret");
    final InMemoryAfterSaleRepository afterSaleRepository = new InMemoryAfterSaleRepository();
    final InMemoryRefundRepository refundRepository = new InMemoryRefundRepository();
    final InMemoryAfterSaleReasons reasons = new InMemoryAfterSaleReasons();
    final InMemoryAfterSaleSettings afterSaleSettings = new InMemoryAfterSaleSettings();
    final InMemoryOrderPointsAwards pointsAwards = new InMemoryOrderPointsAwards();
    final InMemoryPointsClawbackRepository clawbackRepository = new InMemoryPointsClawbackRepository();

    final CustomerService customers;
    final MemberLevelService levels;
    final PromotionService promotions;
    final CouponTemplateService templates;
    final CouponService coupons;
    final QuoteService quotes;
    final WalletService wallets;
    final WalletPaymentService walletPayments;
    final OrderStock stock = new CatalogOrderStock(stockRepository, ids);
    final OrderHoldings holdings;
    final CheckoutService checkout;
    final OrderPaymentService orderPayments;
    final PaymentService payments;
    final OrderOnlinePayment online;
    final FulfilmentService fulfilment;
    final OrderService orders;

    final AfterSaleServices services;
    final AfterSaleService afterSales;
    final RefundService refunds;

    final Actor admin = Actor.admin(SHOP, "admin");
    final Actor staff = Actor.staff(SHOP, "kefu-zhao");
    private int phones;
    private int topUps;

    AfterSaleFixture() {
        this("0.00", new DefaultRefundAllocationPolicy());
    }

    AfterSaleFixture(String shipping, RefundAllocationPolicy policy) {
        this(shipping, policy, new InMemoryTransactions());
    }

    /** @param transactions the units of work; a test of concurrent requests passes one that does not serialise */
    AfterSaleFixture(String shipping, RefundAllocationPolicy policy, Transactions transactions) {
        this.transactions = transactions;
        customers = new CustomerService(customerRepository, new DefaultPhoneNumberPolicy(),
                transactions, events, ids, clock);
        levels = new MemberLevelService(new InMemoryMemberLevelRepository(),
                new InMemoryMemberLevelSettings(), new InMemoryPointsStandings(), new DefaultMemberLevelPolicy(),
                transactions, ids);
        promotions = new PromotionService(new InMemoryPromotionRepository(),
                PromotionRegistry.withBuiltIns(), transactions, ids);
        templates = new CouponTemplateService(templateRepository, codeRepository, giftPacks,
                transactions, ids);
        coupons = new CouponService(templateRepository, couponRepository, codeRepository,
                new InMemoryCouponIssuance(), audience, giftPacks, customers, transactions, ids, clock);
        quotes = new QuoteService(pricingCatalog,
                new PriceTierSources(levels, new InMemoryLevelPriceRepository(), groupRepository,
                        new InMemoryPriceListRepository(), new InMemoryFlashPriceRepository(), new InMemoryFlashPurchases(),
                        new InMemoryPricingSettings()),
                new CouponSources(promotions, couponRepository, templateRepository), carrierRepository, customers,
                transactions, clock);
        wallets = new WalletService(walletRepository, customerRepository, customers,
                new DefaultSpendingOrderPolicy(), new InMemoryWalletAuditLog(), transactions, ids, clock);
        walletPayments = new WalletPaymentService(walletRepository, customerRepository,
                customers, new DefaultSpendingOrderPolicy(), transactions, ids, clock);

        holdings = new OrderHoldings(stock, coupons, couponRepository, wallets, walletPayments);
        checkout = new CheckoutService(orderRepository, new InMemoryCartRepository(), customers,
                quotes, orderCatalog, holdings, orderSettings, new DefaultOrderNumberPolicy(orderSettings,
                new InMemoryOrderSequence()), new DefaultPaymentTermsPolicy(),
                new DefaultDeliveryDatePolicy(new InMemoryHolidayCalendar()), new RandomVerificationCodes(), transactions,
                events, ids, clock);
        orderPayments = new OrderPaymentService(orderRepository, customers, holdings,
                transactions, events, clock);
        payments = new PaymentService(paymentRepository, List.of(gateway, otherGateway),
                List.of(new OrderPaymentConfirmation(orderPayments)), "sandbox", g -> "https://shop.example/notify/" + g,
                transactions, ids, clock);
        online = new OrderOnlinePayment(orderRepository, customers, payments, transactions,
                events);
        fulfilment = new FulfilmentService(orderRepository, customers, orderSettings,
                transactions, events, ids, clock);
        orders = new OrderService(orderRepository, customers, holdings, transactions, events, clock);
        orderSettings.set(SHOP, new OrderSettings.MerchantOrderSettings(ZoneId.of("Asia/Shanghai"), "21065",
                OrderTimers.DEFAULT, PointsRate.perYuan(100), PaymentTerms.DEFAULT));
        new CarrierService(carrierRepository, transactions, ids).create(admin, "快递",
                new ShippingRate(Money.of(shipping), Money.zero()), List.of());
        services = AfterSaleServices.wire(new AfterSaleServices.Ports(afterSaleRepository, refundRepository, reasons,
                        afterSaleSettings, policy, pointsAwards, clawbackRepository),
                new AfterSaleServices.Neighbours(orderRepository, stock, customers, coupons, couponRepository, wallets,
                        walletPayments, payments), transactions, events, ids, clock);
        afterSales = services.afterSales();
        refunds = services.refunds();
    }

    /** A new signed-in customer with a default address. */
    Actor customer() {
        Actor customer = Actor.customer(SHOP, "kc-" + (++phones), "1390000%04d".formatted(phones));
        customers.addAddress(customer, new AddressDetails("张三", "13800000001", "上海市", "上海市", "浦东新区",
                "世纪大道 100 号", Optional.of("200120")), true);
        return customer;
    }

    CustomerId idOf(Actor customer) {
        return customers.me(customer).id();
    }

    /** A SKU on sale at the list price, weighing 500 g, with {@code onHand} in the central warehouse. */
    SkuId sku(String name, String price, int onHand) {
        SkuId id = new SkuId(UUID.randomUUID());
        ProductId product = new ProductId(UUID.randomUUID());
        pricingCatalog.put(SHOP, new PricedSku(id, product, Money.of(price), 500, Set.of()));
        orderCatalog.put(SHOP, new SkuDescription(id, product, name, name.toUpperCase(), List.of("默认")));
        stockRepository.adjust(SHOP, id, StockLocation.of(Optional.empty()), onHand, 1_000_000_000, NOW);
        return id;
    }

    int onHand(SkuId sku) {
        return stock.available(SHOP, List.of(sku), StockLocation.of(Optional.empty())).get(sku);
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

    /** A fixed-amount coupon (no minimum) granted to the customer. */
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

    /** Checks out and, if anything is due online, pays it through the gateway; the order as it is then. */
    Order paidOrder(Actor buyer, PaymentPlan plan, Optional<Coupon> coupon, CartLine... lines) {
        CheckoutRequest request = new CheckoutRequest(List.of(lines), Optional.empty(), OrderSource.MOBILE_MALL,
                Optional.empty(), DeliveryMethod.EXPRESS, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                coupon.<CouponChoice>map(c -> new CouponChoice.Specific(c.id())).orElse(CouponChoice.NONE), plan,
                Optional.empty(), true, false);
        Order order = checkout.checkout(buyer, request);
        if (order.unsettled(TenderType.ONLINE).isPresent()) {
            StartedPayment started = online.start(buyer, order.id());
            var notice = gateway.notificationOf(started.payment().outTradeNo(),
                    started.payment().amount().minorUnits(), clock.instant());
            payments.confirm("sandbox", notice.getKey(), notice.getValue());
        }
        return order(order.id());
    }

    Order paidOnline(Actor buyer, CartLine... lines) {
        return paidOrder(buyer, new PaymentPlan(Points.zero(), false, TenderType.ONLINE), Optional.empty(), lines);
    }

    Order order(OrderId id) {
        return orderRepository.find(SHOP, id).orElseThrow();
    }

    /** Ships every unit of the order in one package. */
    Order shipAll(Order order) {
        List<ShipmentLine> lines = order(order.id()).lines().stream()
                .map(l -> new ShipmentLine(l.index(), l.quantity() - order(order.id()).shippedQuantity(l.index())
                        - order(order.id()).refunds().cancelled(l.index())))
                .filter(l -> l.quantity() > 0).toList();
        return fulfilment.ship(staff, order.id(), new FulfilmentService.PackageRequest("顺丰", "SF" + order.number(),
                lines), Optional.empty());
    }

    AfterSaleRequest request(Order order, AfterSaleType type, AfterSaleLine... lines) {
        return new AfterSaleRequest(order.id(), type, List.of(lines), "QUALITY_PROBLEM", Optional.of("盖子裂了"),
                List.of("https://img.example/1.jpg"));
    }

    Refund refundOf(AfterSale afterSale) {
        return refundRepository.find(SHOP, afterSales.one(admin, afterSale.id()).refund().orElseThrow()).orElseThrow();
    }

    static CartLine line(SkuId sku, int quantity) {
        return CartLine.of(sku, quantity);
    }

    static AfterSaleLine units(int line, int quantity) {
        return new AfterSaleLine(line, quantity);
    }
}
