package dev.zhanggui.server.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.CheckoutRequest;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderAction;
import dev.zhanggui.order.OrderEvent;
import dev.zhanggui.order.OrderJobs;
import dev.zhanggui.order.OrderNumberPolicy;
import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.order.OrderSource;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.Tender;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.pricing.QuoteRequest;
import dev.zhanggui.pricing.QuoteService;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponBenefit;
import dev.zhanggui.promotion.CouponScope;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateService;
import dev.zhanggui.promotion.CouponTerms;
import dev.zhanggui.promotion.CouponValidity;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.server.testing.ProductRequests;
import dev.zhanggui.server.testing.TestCatalog;
import dev.zhanggui.server.testing.TestCustomers;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.WalletCredit;
import dev.zhanggui.wallet.WalletReconciliation;
import dev.zhanggui.wallet.WalletService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Orders raced from two server instances on one database: every even call goes to the Quarkus
 * application (its injected use cases, its pool, its JTA transactions), every odd one to
 * {@link SecondOrderInstance} (an independent pool running the same adapters), all released at
 * once. Stock is never oversold, a coupon goes to one order, order numbers never repeat, a balance
 * is never spent twice, and the close-unpaid job closes an order once; each invariant is read back
 * from the database after the race.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OrderConcurrencyTest {
    static final MerchantId DEMO = MerchantId.of("demo");
    static final PaymentPlan ONLINE = new PaymentPlan(Points.zero(), false, TenderType.ONLINE);
    final Actor staff = Actor.admin(DEMO, "order-race");

    @Inject
    CheckoutService checkout;
    @Inject
    OrderJobs jobs;
    @Inject
    OrderNumberPolicy numbers;
    @Inject
    OrderSettings settings;
    @Inject
    CustomerService customers;
    @Inject
    QuoteService quotes;
    @Inject
    CouponTemplateService templates;
    @Inject
    CouponService coupons;
    @Inject
    WalletService wallets;
    @Inject
    WalletReconciliation reconciliation;
    @Inject
    Transactions transactions;
    @Inject
    Clock clock;

    private SecondOrderInstance second;
    private StoreId pickupStore;

    /** What one checkout came to, and on which instance. */
    record Outcome(boolean onServer, CheckoutRequest request, Order order, ErrorCode refusal) {
        boolean placed() {
            return order != null;
        }
    }

    @BeforeAll
    void startSecondInstance() throws Exception {
        second = new SecondOrderInstance(16);
    }

    @AfterAll
    void stopSecondInstance() {
        second.close();
    }

    @Test
    void fifty_checkouts_of_a_sku_with_stock_ten_on_two_instances_make_exactly_ten_orders() throws Exception {
        SkuId lamp = sku("台灯", "99.00", 10);
        List<Actor> buyers = customers(50);

        List<Outcome> outcomes = ParallelCalls.atOnce(50, i -> () ->
                place(i, buyers.get(i), pickup(lamp, CouponChoice.NONE, ONLINE, Optional.empty())));

        List<Order> placed = outcomes.stream().filter(Outcome::placed).map(Outcome::order).toList();
        assertThat(placed).as(split(outcomes)).hasSize(10);
        assertThat(outcomes).filteredOn(o -> !o.placed()).hasSize(40)
                .allSatisfy(o -> assertThat(o.refusal()).isEqualTo(ErrorCode.STOCK_INSUFFICIENT));
        List<String> numbers = placed.stream().map(Order::number).toList();
        assertThat(numbers).doesNotHaveDuplicates();

        assertThat(level(lamp)).containsExactly(0, 0);
        List<Movement> movements = movements(lamp);
        List<Movement> taken = movements.stream().filter(m -> m.reason().equals("ORDER_PLACED")).toList();
        assertThat(taken).hasSize(10).allSatisfy(m -> {
            assertThat(m.delta()).isEqualTo(-1);
            assertThat(m.after()).isEqualTo(m.before() - 1).isNotNegative();
        });
        // each take saw the level the one before it left: 10 -> 9 -> ... -> 0, no level seen twice
        assertThat(taken).extracting(Movement::after).containsExactlyInAnyOrder(9, 8, 7, 6, 5, 4, 3, 2, 1, 0);
        assertThat(taken).extracting(Movement::note).containsExactlyInAnyOrderElementsOf(numbers);
        assertThat(movements.stream().mapToInt(Movement::delta).sum()).isZero();
        assertThat(movements).hasSize(11);
        assertThat(second.query("select o.number from customer_order o join order_line l on l.order_id = o.id"
                + " where l.sku_id = ?", r -> r.getString(1), lamp.value()))
                .containsExactlyInAnyOrderElementsOf(numbers);
    }

    @Test
    void one_coupon_in_twenty_checkouts_of_one_customer_on_two_instances_goes_to_exactly_one_order()
            throws Exception {
        // a SKU of its own for each checkout, so that no stock row makes them wait for one another
        List<SkuId> teas = skus("龙井", "50.00", 20, 1);
        Actor buyer = customers(1).getFirst();
        Coupon coupon = couponFor(buyer, "5.00");
        CouponChoice named = new CouponChoice.Specific(coupon.id());
        Money withCoupon = payable(buyer, teas.getFirst(), named);
        assertThat(withCoupon).isEqualTo(Money.of("45.00"));

        // half of the requests expect the price with the coupon; the other half accept any price
        List<Outcome> outcomes = ParallelCalls.atOnce(20, i -> () -> place(i, buyer,
                pickup(teas.get(i), named, ONLINE, (i / 2) % 2 == 0 ? Optional.of(withCoupon) : Optional.empty())));

        List<Order> withIt = outcomes.stream().filter(Outcome::placed).map(Outcome::order)
                .filter(o -> o.contents().coupon().isPresent()).toList();
        assertThat(withIt).as(split(outcomes)).singleElement()
                .satisfies(o -> assertThat(o.total()).isEqualTo(withCoupon));
        Order winner = withIt.getFirst();
        // an order without the coupon only where the request accepted a new price, at the full price
        assertThat(outcomes).filteredOn(o -> o.placed() && o.order() != winner).allSatisfy(o -> {
            assertThat(o.request().acceptPriceChanges()).isTrue();
            assertThat(o.order().total()).isEqualTo(Money.of("50.00"));
        });
        assertThat(outcomes).filteredOn(o -> !o.placed()).extracting(Outcome::refusal)
                .isSubsetOf(ErrorCode.COUPON_NOT_AVAILABLE, ErrorCode.PRICE_CHANGED);

        assertThat(second.query("select status, order_ref from coupon where id = ?",
                r -> r.getString(1) + " " + r.getString(2), coupon.id().value()))
                .containsExactly("RESERVED " + winner.number());
        assertThat(second.query("select number from customer_order where merchant_id = ?"
                        + " and document -> 'contents' ->> 'coupon' = ?", r -> r.getString(1), DEMO.value(),
                coupon.id().toString())).containsExactly(winner.number());
    }

    @Test
    void a_hundred_order_numbers_drawn_at_once_on_two_instances_are_distinct_and_consecutive() throws Exception {
        Instant now = clock.instant();
        OrderSettings.MerchantOrderSettings merchant = settings.of(DEMO);
        LocalDate day = now.atZone(merchant.zone()).toLocalDate();
        String stem = merchant.numberPrefix() + DateTimeFormatter.BASIC_ISO_DATE.format(day);
        long before = counter(day);

        // each drawn inside a unit of work, as checkout draws it (the draw itself commits on its own)
        List<String> drawn = ParallelCalls.atOnce(100, i -> () -> i % 2 == 0
                ? transactions.inTransaction(() -> numbers.next(DEMO, now))
                : second.transactions.inTransaction(() -> second.numbers.next(DEMO, now)));

        assertThat(drawn).doesNotHaveDuplicates().allSatisfy(n -> assertThat(n).startsWith(stem));
        assertThat(drawn.stream().map(n -> Long.parseLong(n.substring(stem.length()))))
                .containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(before + 1, before + 100).boxed().toList());
        assertThat(counter(day)).isEqualTo(before + 100);
    }

    @Test
    void ten_orders_of_thirty_paid_from_a_balance_of_a_hundred_on_two_instances_take_it_three_times()
            throws Exception {
        // a SKU of its own for each order, so that no stock row makes them wait for one another
        List<SkuId> pens = skus("钢笔", "30.00", 10, 1);
        Actor buyer = customers(1).getFirst();
        CustomerId me = customers.me(buyer).id();
        wallets.credit(staff, me, new WalletCredit(LedgerReason.TOPUP, Money.of("100.00"), Money.zero(),
                Optional.of("预存"), Optional.empty()), "topup-" + me);
        assertThat(payable(buyer, pens.getFirst(), CouponChoice.NONE)).isEqualTo(Money.of("30.00"));
        // balance first, the rest on credit, which this customer has none of: the balance pays in full or
        // the order is refused
        PaymentPlan balanceOnly = new PaymentPlan(Points.zero(), true, TenderType.CREDIT);

        List<Outcome> outcomes = ParallelCalls.atOnce(10, i -> () ->
                place(i, buyer, pickup(pens.get(i), CouponChoice.NONE, balanceOnly, Optional.of(Money.of("30.00")))));

        List<Order> placed = outcomes.stream().filter(Outcome::placed).map(Outcome::order).toList();
        assertThat(placed).as(split(outcomes)).hasSize(3).allSatisfy(o -> {
            assertThat(o.tenders()).extracting(Tender::type, Tender::amount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(TenderType.BALANCE, Money.of("30.00")));
            assertThat(o.amountDue()).isEqualTo(Money.zero());
        });
        assertThat(outcomes).filteredOn(o -> !o.placed()).hasSize(7).extracting(Outcome::refusal)
                .isSubsetOf(ErrorCode.WALLET_INSUFFICIENT_BALANCE, ErrorCode.WALLET_CREDIT_LIMIT_EXCEEDED);

        assertThat(second.wallets.wallet(staff, me).balance()).isEqualTo(Money.of("10.00"));
        assertThat(wallets.wallet(staff, me).balance()).isEqualTo(Money.of("10.00"));
        assertThat(second.query("select operation_key, amount from wallet_entry where customer_id = ?"
                        + " and reason = 'ORDER_PAYMENT'", r -> r.getString(1) + " " + r.getLong(2), me.value()))
                .containsExactlyInAnyOrderElementsOf(placed.stream().map(o -> o.number() + ":balance -3000").toList());
        assertThat(second.query("select count(*) from wallet_entry where customer_id = ? and balance_after < 0",
                r -> r.getLong(1), me.value())).containsExactly(0L);
        assertThat(reconciliation.reconcile(staff).drifts()).isEmpty();
        assertThat(second.reconciliation.reconcile(staff).drifts()).isEmpty();
        assertThat(pens.stream().mapToInt(pen -> level(pen).getFirst()).sum()).isEqualTo(7);
    }

    @Test
    void the_close_unpaid_job_on_both_instances_at_once_closes_each_order_once_and_gives_its_stock_back_once()
            throws Exception {
        SkuId cup = sku("茶杯", "12.00", 20);
        List<Actor> buyers = customers(20);
        List<Order> unpaid = ParallelCalls.atOnce(20, i -> () ->
                place(i, buyers.get(i), pickup(cup, CouponChoice.NONE, ONLINE, Optional.empty()))).stream()
                .map(Outcome::order).toList();
        assertThat(unpaid).doesNotContainNull();
        assertThat(level(cup)).containsExactly(0, 0);
        Instant due = unpaid.stream().map(o -> o.paymentDeadline().orElseThrow()).max(Comparator.naturalOrder())
                .orElseThrow().plusSeconds(1);

        // two runs of the job on each instance at once
        List<Integer> closed = ParallelCalls.atOnce(4, i -> () -> (i % 2 == 0 ? jobs : second.jobs).closeUnpaid(due));

        assertThat(closed.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(20);
        for (Order order : unpaid) {
            Order stored = second.transactions.inTransaction(() -> second.orders.find(DEMO, order.id()))
                    .orElseThrow();
            assertThat(stored.status()).isEqualTo(OrderStatus.CLOSED);
            assertThat(stored.events()).extracting(OrderEvent::action)
                    .containsExactly(OrderAction.PLACE, OrderAction.CLOSE);
        }
        assertThat(level(cup)).containsExactly(20, 0);
        Map<String, List<Movement>> released = movements(cup).stream()
                .filter(m -> m.reason().equals("ORDER_RELEASED"))
                .collect(Collectors.groupingBy(Movement::note));
        assertThat(released).containsOnlyKeys(unpaid.stream().map(Order::number).toList())
                .allSatisfy((number, once) -> assertThat(once).singleElement()
                        .satisfies(m -> assertThat(m.delta()).isEqualTo(1)));
        assertThat(movements(cup).stream().mapToInt(Movement::delta).sum()).isEqualTo(20);
    }

    // --- the race ------------------------------------------------------------------------------

    private Outcome place(int call, Actor buyer, CheckoutRequest request) {
        boolean onServer = call % 2 == 0;
        try {
            return new Outcome(onServer, request, (onServer ? checkout : second.checkout).checkout(buyer, request),
                    null);
        } catch (DomainException e) {
            return new Outcome(onServer, request, null, e.code());
        }
    }

    /** Who got what, for the failure message and the log: e.g. "server {PLACED=6, ...}, second instance {...}". */
    private static String split(List<Outcome> outcomes) {
        Function<Boolean, String> of = server -> outcomes.stream().filter(o -> o.onServer() == server)
                .map(o -> o.placed() ? "PLACED" : o.refusal().name())
                .collect(Collectors.groupingBy(s -> s, Collectors.counting())).toString();
        String split = "server " + of.apply(true) + ", second instance " + of.apply(false);
        System.out.println("order race: " + split);
        return split;
    }

    /** One unit of the SKU picked up at the test's store (no shipping fee), expecting this payable if any. */
    private CheckoutRequest pickup(SkuId sku, CouponChoice coupon, PaymentPlan plan, Optional<Money> expected) {
        return new CheckoutRequest(List.of(new CartLine(sku, 1, Optional.empty())), Optional.empty(),
                OrderSource.MOBILE_MALL, Optional.empty(), DeliveryMethod.PICKUP, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(store()), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), coupon, plan, expected, expected.isEmpty(), false);
    }

    private Money payable(Actor buyer, SkuId sku, CouponChoice coupon) {
        return quotes.quote(buyer, new QuoteRequest(List.of(new CartLine(sku, 1, Optional.empty())), Optional.empty(),
                coupon, DeliveryMethod.PICKUP, Optional.empty(), Optional.empty())).payable();
    }

    // --- test data, through the server ---------------------------------------------------------

    /** Customers registered on the server (the second instance only reads customers). */
    private List<Actor> customers(int count) {
        List<Actor> buyers = new ArrayList<>();
        IntStream.range(0, count).forEach(i -> {
            Actor buyer = Actor.customer(DEMO, "kc-" + UUID.randomUUID(), TestCustomers.newPhone());
            customers.me(buyer);
            buyers.add(buyer);
        });
        return buyers;
    }

    private Coupon couponFor(Actor buyer, String off) {
        CouponTemplate template = templates.create(staff, new CouponTerms("抢单券 " + UUID.randomUUID().toString()
                .substring(0, 8), new CouponBenefit.FixedAmount(Money.of(off)), Money.zero(), CouponScope.ALL,
                new CouponValidity.DaysFromClaim(7), 1, 1, true));
        String code = "ORDER-RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        templates.addSharedCode(staff, template.id(), code, 1);
        return coupons.claim(buyer, code);
    }

    private StoreId store() {
        if (pickupStore == null) {
            pickupStore = StoreId.parse(TestCatalog.createStore(TestCatalog.unique("自提点"), "31.230400",
                    "121.473700"));
        }
        return pickupStore;
    }

    /** A product of merchant demo on sale with one SKU at the price, and that stock in the warehouse. */
    private static SkuId sku(String name, String price, int onHand) {
        return skus(name, price, 1, onHand).getFirst();
    }

    /** A product of merchant demo on sale with that many SKUs (款式 1, 2, ...) at the price, each with that stock. */
    private static List<SkuId> skus(String name, String price, int count, int onHandEach) {
        String code = ProductRequests.uniqueCode("RACE");
        Map<String, Object> body = ProductRequests.simpleProduct(code, name, price);
        if (count > 1) {
            List<String> styles = IntStream.rangeClosed(1, count).mapToObj(String::valueOf).toList();
            body.put("specs", List.of(Map.of("name", "款式", "values", styles)));
            body.put("skus", styles.stream().map(style -> {
                Map<String, Object> sku = ProductRequests.sku(code + "-" + style, price);
                sku.put("specValues", List.of(ProductRequests.specValue("款式", style)));
                return sku;
            }).toList());
        }
        String product = ProductRequests.create(body);
        ProductRequests.setStatus(product, "ON_SALE");
        List<String> skus = Api.asAdmin().get(ProductRequests.PRODUCTS + "/" + product).then().statusCode(200)
                .extract().path("skus.id");
        assertThat(skus).hasSize(count);
        skus.forEach(sku -> TestCatalog.setStock(sku, null, onHandEach));
        return skus.stream().map(SkuId::parse).toList();
    }

    // --- the database after the race -----------------------------------------------------------

    record Movement(String reason, String note, int delta, int before, int after) {
    }

    /** On hand and reserved of the SKU in the warehouse. */
    private List<Integer> level(SkuId sku) {
        return second.query("select on_hand, reserved from stock_level where sku_id = ? and store_id is null",
                r -> List.of(r.getInt(1), r.getInt(2)), sku.value()).getFirst();
    }

    private List<Movement> movements(SkuId sku) {
        return second.query("select reason, note, delta, on_hand_before, on_hand_after from stock_movement"
                        + " where sku_id = ? and store_id is null order by id",
                r -> new Movement(r.getString(1), r.getString(2), r.getInt(3), r.getInt(4), r.getInt(5)), sku.value());
    }

    private long counter(LocalDate day) {
        return second.query("select value from order_sequence where merchant_id = ? and day = ?",
                r -> r.getLong(1), DEMO.value(), day).stream().findFirst().orElse(0L);
    }
}
