package dev.zhanggui.examples;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleRequest;
import dev.zhanggui.aftersale.AfterSaleServices;
import dev.zhanggui.aftersale.AfterSaleStatus;
import dev.zhanggui.aftersale.AfterSaleType;
import dev.zhanggui.aftersale.DefaultRefundAllocationPolicy;
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
import dev.zhanggui.order.CatalogOrderStock;
import dev.zhanggui.order.CheckoutRequest;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.DefaultDeliveryDatePolicy;
import dev.zhanggui.order.DefaultOrderNumberPolicy;
import dev.zhanggui.order.DefaultPaymentTermsPolicy;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderHoldings;
import dev.zhanggui.order.OrderPaymentConfirmation;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.order.OrderSource;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.OrderStock;
import dev.zhanggui.order.OrderTimers;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.PaymentTerms;
import dev.zhanggui.order.RandomVerificationCodes;
import dev.zhanggui.order.SkuDescription;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.order.inmemory.InMemoryCartRepository;
import dev.zhanggui.order.inmemory.InMemoryHolidayCalendar;
import dev.zhanggui.order.inmemory.InMemoryOrderCatalog;
import dev.zhanggui.order.inmemory.InMemoryOrderRepository;
import dev.zhanggui.order.inmemory.InMemoryOrderSequence;
import dev.zhanggui.order.inmemory.InMemoryOrderSettings;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.payment.inmemory.InMemoryPaymentGateway;
import dev.zhanggui.payment.inmemory.InMemoryPaymentRepository;
import dev.zhanggui.pricing.CarrierService;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.CouponSources;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.pricing.PriceTierSources;
import dev.zhanggui.pricing.PricedSku;
import dev.zhanggui.pricing.QuoteRequest;
import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.pricing.ShippingRate;
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
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.PointsRate;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import dev.zhanggui.shared.inmemory.RecordingEventPublisher;
import dev.zhanggui.wallet.Cause;
import dev.zhanggui.wallet.DefaultSpendingOrderPolicy;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.WalletCredit;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletService;
import dev.zhanggui.wallet.inmemory.InMemoryWalletAuditLog;
import dev.zhanggui.wallet.inmemory.InMemoryWalletRepository;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Embedding the core (docs/guides/embedding-core.md): a plain Java program on the core jar and its
 * in-memory adapters only, no server and no database. It stocks a catalog, prices a cart, checks out
 * paying with balance and points, refunds the order and checks that every tender came back exactly.
 */
class EmbeddedShopExampleTest {
    private static final Path SOURCE = Path.of("src/test/java/dev/zhanggui/examples/EmbeddedShopExampleTest.java");
    private static final Path GUIDE = Path.of("../docs/guides/embedding-core.md");
    private static final String BEGIN = "<!-- flow: generated from core EmbeddedShopExampleTest -->";

    @Test
    void a_shop_in_plain_java() {
        // guide:begin
        Shop shop = new Shop();
        MerchantId merchant = Shop.MERCHANT;
        Actor admin = Actor.admin(merchant, "admin");
        Actor kefu = Actor.staff(merchant, "kefu-zhao");

        // The catalog: two SKUs with their list prices, weights and stock in the central warehouse.
        SkuId tea = shop.stock(new PricedSku(new SkuId(UUID.randomUUID()), new ProductId(UUID.randomUUID()),
                Money.of("58.00"), 250, Set.of()), "西湖龙井 250g", 20);
        SkuId cup = shop.stock(new PricedSku(new SkuId(UUID.randomUUID()), new ProductId(UUID.randomUUID()),
                Money.of("12.50"), 300, Set.of()), "玻璃茶杯", 50);

        // A customer signs in (the actor comes from your own authentication) and gives an address.
        Actor zhang = Actor.customer(merchant, "user-42", "13800000001");
        shop.customers.addAddress(zhang, new AddressDetails("张三", "13800000001", "上海市", "上海市", "浦东新区",
                "世纪大道 100 号", Optional.of("200120")), true);
        CustomerId zhangId = shop.customers.me(zhang).id();

        // Her wallet: a 200.00 top-up (余额) and 1,000 points (积分) granted by staff; each an idempotent ledger entry.
        shop.wallets.credit(admin, zhangId, new WalletCredit(LedgerReason.TOPUP, Money.of("200.00"), Money.zero(),
                Optional.empty(), Optional.empty()), "topup-1");
        shop.walletPayments.earnPoints(admin, zhangId, Points.of(1000), LedgerReason.ADJUSTMENT,
                Cause.rule("welcome-gift"), "welcome-points-1");

        // Price the cart: 2 × 58.00 + 1 × 12.50 = 128.50, plus 8.00 shipping.
        List<CartLine> cart = List.of(CartLine.of(tea, 2), CartLine.of(cup, 1));
        var quote = shop.quotes.quote(zhang, new QuoteRequest(cart, Optional.of(zhangId), CouponChoice.NONE,
                DeliveryMethod.EXPRESS, Optional.empty(), Optional.empty()));
        assertThat(quote.payable()).isEqualTo(Money.of("136.50"));

        // Check out: 1,000 points (10.00 at 100 points a yuan), then the balance for the rest;
        // an online payment would be asked for anything the balance did not cover.
        Order order = shop.checkout.checkout(zhang, checkout(cart, new PaymentPlan(Points.of(1000), true, TenderType.ONLINE)));
        assertThat(order.tenders()).extracting(t -> t.type(), t -> t.amount(), t -> t.points()).containsExactly(
                tuple(TenderType.POINTS, Money.of("10.00"), Points.of(1000)),
                tuple(TenderType.BALANCE, Money.of("126.50"), Points.zero()));
        assertThat(order.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThat(shop.wallets.wallet(admin, zhangId).balance()).isEqualTo(Money.of("73.50"));
        assertThat(shop.wallets.wallet(admin, zhangId).points()).isEqualTo(Points.zero());
        assertThat(shop.onHand(tea)).isEqualTo(18);

        // She changes her mind before it ships: a refund-only request for the whole order, refunded by staff.
        AfterSale asked = shop.afterSales.afterSales().request(zhang,
                AfterSaleRequest.wholeOrder(order.id(), AfterSaleType.REFUND_ONLY, "NO_LONGER_WANTED"));
        AfterSale refunded = shop.afterSales.afterSales().refund(kefu, asked.id(), Optional.empty());
        assertThat(refunded.status()).isEqualTo(AfterSaleStatus.REFUNDED);

        // Every tender came back exactly: the points and the balance to her wallet, the stock to the shelf.
        assertThat(shop.wallets.wallet(admin, zhangId).balance()).isEqualTo(Money.of("200.00"));
        assertThat(shop.wallets.wallet(admin, zhangId).points()).isEqualTo(Points.of(1000));
        assertThat(shop.onHand(tea)).isEqualTo(20);
        assertThat(shop.orders.find(merchant, order.id()).orElseThrow().status()).isEqualTo(OrderStatus.CLOSED);
        // guide:end
    }

    /**
     * The guide quotes the flow above between its markers; run with {@code -Dzhanggui.docs.write=true} to
     * rewrite the guide's copy after changing the flow.
     */
    @Test
    void the_guide_quotes_this_flow() throws IOException {
        String source = Files.readString(SOURCE);
        String flow = source.substring(source.indexOf("// guide:begin\n") + "// guide:begin\n".length(),
                source.indexOf("        // guide:end"));
        String block = BEGIN + "\n```java\n" + flow.lines().map(l -> l.length() >= 8 ? l.substring(8) : l.strip())
                .collect(Collectors.joining("\n")) + "\n```\n";
        String guide = Files.readString(GUIDE);
        int start = guide.indexOf(BEGIN);
        assertThat(start).as("the guide has the marker " + BEGIN).isNotNegative();
        int end = guide.indexOf("```\n", guide.indexOf("```java", start) + 7) + 4;
        String updated = guide.substring(0, start) + block + guide.substring(end);
        if (Boolean.getBoolean("zhanggui.docs.write")) {
            Files.writeString(GUIDE, updated);
            return;
        }
        assertThat(guide).as("docs/guides/embedding-core.md quotes the flow of this test (rewrite with -Dzhanggui.docs.write=true)")
                .isEqualTo(updated);
    }

    private static CheckoutRequest checkout(List<CartLine> lines, PaymentPlan plan) {
        return new CheckoutRequest(lines, Optional.empty(), OrderSource.MOBILE_MALL, Optional.empty(),
                DeliveryMethod.EXPRESS, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), CouponChoice.NONE, plan,
                Optional.empty(), true, false);
    }

    /** The wiring: every service of the flow on the core's in-memory ports. Replace a port to use your own store. */
    static final class Shop {
        static final MerchantId MERCHANT = MerchantId.of("tea-house");

        final Clock clock = Clock.systemUTC();
        final InMemoryTransactions transactions = new InMemoryTransactions();
        final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock);
        final RecordingEventPublisher events = new RecordingEventPublisher();

        final InMemoryPricingCatalog pricingCatalog = new InMemoryPricingCatalog();
        final InMemoryOrderCatalog orderCatalog = new InMemoryOrderCatalog();
        final InMemoryStockRepository stockRepository = new InMemoryStockRepository();
        final InMemoryCustomerRepository customerRepository = new InMemoryCustomerRepository();
        final InMemoryCouponTemplateRepository templateRepository = new InMemoryCouponTemplateRepository();
        final InMemoryCouponRepository couponRepository = new InMemoryCouponRepository();
        final InMemoryCouponCodeRepository codeRepository = new InMemoryCouponCodeRepository();
        final InMemoryGiftPackSettings giftPacks = new InMemoryGiftPackSettings();
        final InMemoryCarrierRepository carrierRepository = new InMemoryCarrierRepository();
        final InMemoryWalletRepository walletRepository = new InMemoryWalletRepository();
        final InMemoryOrderRepository orders = new InMemoryOrderRepository();
        final InMemoryOrderSettings orderSettings = new InMemoryOrderSettings();
        final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway("sandbox", "secret");

        final CustomerService customers = new CustomerService(customerRepository, new DefaultPhoneNumberPolicy(),
                transactions, events, ids, clock);
        final MemberLevelService levels = new MemberLevelService(new InMemoryMemberLevelRepository(),
                new InMemoryMemberLevelSettings(), new InMemoryPointsStandings(), new DefaultMemberLevelPolicy(),
                transactions, ids);
        final PromotionService promotions = new PromotionService(new InMemoryPromotionRepository(),
                PromotionRegistry.withBuiltIns(), transactions, ids);
        final CouponService coupons = new CouponService(templateRepository, couponRepository, codeRepository,
                new InMemoryCouponIssuance(), new InMemoryCouponAudience(), giftPacks, customers, transactions, ids, clock);
        final QuoteService quotes = new QuoteService(pricingCatalog,
                new PriceTierSources(levels, new InMemoryLevelPriceRepository(), new InMemoryCustomerGroupRepository(),
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
        final CheckoutService checkout = new CheckoutService(orders, new InMemoryCartRepository(), customers, quotes,
                orderCatalog, holdings, orderSettings, new DefaultOrderNumberPolicy(orderSettings, new InMemoryOrderSequence()),
                new DefaultPaymentTermsPolicy(), new DefaultDeliveryDatePolicy(new InMemoryHolidayCalendar()),
                new RandomVerificationCodes(), transactions, events, ids, clock);
        final OrderPaymentService orderPayments = new OrderPaymentService(orders, customers, holdings, transactions,
                events, clock);
        final PaymentService payments = new PaymentService(new InMemoryPaymentRepository(), List.of(gateway),
                List.of(new OrderPaymentConfirmation(orderPayments)), "sandbox", g -> "https://shop.example/notify/" + g,
                transactions, ids, clock);
        final AfterSaleServices afterSales = AfterSaleServices.wire(
                new AfterSaleServices.Ports(new InMemoryAfterSaleRepository(), new InMemoryRefundRepository(),
                        new InMemoryAfterSaleReasons(), new InMemoryAfterSaleSettings(), new DefaultRefundAllocationPolicy(),
                        new InMemoryOrderPointsAwards(), new InMemoryPointsClawbackRepository()),
                new AfterSaleServices.Neighbours(orders, stock, customers, coupons, couponRepository, wallets,
                        walletPayments, payments), transactions, events, ids, clock);

        Shop() {
            Actor admin = Actor.admin(MERCHANT, "admin");
            orderSettings.set(MERCHANT, new OrderSettings.MerchantOrderSettings(ZoneId.of("Asia/Shanghai"), "21065",
                    OrderTimers.DEFAULT, PointsRate.perYuan(100), PaymentTerms.DEFAULT));
            new CarrierService(carrierRepository, transactions, ids).create(admin, "顺丰",
                    new ShippingRate(Money.of("8.00"), Money.zero()), List.of());
        }

        /** Puts a SKU on sale with so many units in the central warehouse. */
        SkuId stock(PricedSku sku, String name, int onHand) {
            pricingCatalog.put(MERCHANT, sku);
            orderCatalog.put(MERCHANT, new SkuDescription(sku.sku(), sku.product(), name, name, List.of("默认")));
            stockRepository.adjust(MERCHANT, sku.sku(), StockLocation.of(Optional.empty()), onHand, 1_000_000_000,
                    clock.instant());
            return sku.sku();
        }

        int onHand(SkuId sku) {
            return stock.available(MERCHANT, List.of(sku), StockLocation.of(Optional.empty())).get(sku);
        }
    }
}
