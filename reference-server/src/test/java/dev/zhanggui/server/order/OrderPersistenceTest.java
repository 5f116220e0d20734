package dev.zhanggui.server.order;

import dev.zhanggui.catalog.review.CompletedOrderLine;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.InvoiceProfile;
import dev.zhanggui.order.CartService;
import dev.zhanggui.order.CartView;
import dev.zhanggui.order.CheckoutRequest;
import dev.zhanggui.order.DeliveryDatePolicy;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.InvoiceRequest;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderAction;
import dev.zhanggui.order.OrderEvent;
import dev.zhanggui.order.OrderFilter;
import dev.zhanggui.order.OrderJobs;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.order.OrderService;
import dev.zhanggui.order.OrderSource;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.OrderStock;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.ShipmentLine;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.order.CheckoutService;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.DeliveryMethod;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.server.order.OrderTestData.Sku;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.WalletCredit;
import dev.zhanggui.wallet.WalletService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Orders on PostgreSQL through the core's use cases: an order with everything in it reads back as
 * written, the lifecycle stores each step, the lists filter and total in SQL, the jobs claim with
 * skip locked, purchases answer reviews and flash caps, and parallel checkouts never oversell.
 */
@QuarkusTest
class OrderPersistenceTest {
    static final MerchantId DEMO = MerchantId.of("demo");
    final Actor admin = Actor.admin(DEMO, "admin");
    final Actor gateway = new Actor(DEMO, "gateway", Actor.Kind.INTEGRATION, Optional.empty());

    @Inject
    CheckoutService checkout;
    @Inject
    CartService carts;
    @Inject
    OrderService orders;
    @Inject
    OrderPaymentService payments;
    @Inject
    FulfilmentService fulfilment;
    @Inject
    OrderJobs jobs;
    @Inject
    OrderRepository repository;
    @Inject
    OrderStock stock;
    @Inject
    CustomerService customers;
    @Inject
    WalletService wallets;
    @Inject
    JdbcPurchaseHistory purchases;
    @Inject
    DeliveryDatePolicy deliveryDates;
    @Inject
    Transactions transactions;
    @Inject
    Clock clock;
    @Inject
    dev.zhanggui.server.shared.JdbcStatements sql;

    @Test
    void an_order_reads_back_as_written_and_every_step_of_its_life_is_stored() {
        Sku tea = sku("龙井", "50.00", 10);
        Sku cup = sku("茶杯", "30.00", 5);
        Actor buyer = customer();
        CustomerId me = customers.me(buyer).id();
        wallets.credit(admin, me, new WalletCredit(LedgerReason.TOPUP, Money.of("20.00"), Money.zero(),
                Optional.empty(), Optional.empty()), "topup-" + UUID.randomUUID());
        carts.add(buyer, tea.sku(), 2, Optional.empty());
        CartView cart = carts.add(buyer, cup.sku(), 1, Optional.empty());
        assertThat(cart.lines()).hasSize(2);
        assertThat(carts.view(buyer).version()).isEqualTo(cart.version());

        LocalDate earliest = deliveryDates.earliest(DEMO, clock.instant().atZone(ZoneId.of("Asia/Shanghai")).toLocalDate());
        Order placed = checkout.checkout(buyer, new CheckoutRequest(List.of(), Optional.empty(),
                OrderSource.MOBILE_MALL, Optional.empty(), DeliveryMethod.EXPRESS, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(InvoiceRequest.Type.NORMAL),
                Optional.of(new InvoiceProfile("上海某某贸易有限公司", Optional.of("91310000MA1FL0XX1X"),
                        Optional.empty(), Optional.empty(), Optional.empty())),
                Optional.of(earliest), Optional.of("请工作日送货"), CouponChoice.NONE,
                new PaymentPlan(Points.zero(), true, TenderType.ONLINE), Optional.empty(), true, false));
        assertThat(placed.status()).isEqualTo(OrderStatus.PENDING_PAYMENT);
        assertThat(placed.tenders()).extracting(t -> t.type()).containsExactly(TenderType.BALANCE, TenderType.ONLINE);
        Order read = repository.find(DEMO, placed.id()).orElseThrow();
        assertThat(OrderDocuments.write(read)).isEqualTo(OrderDocuments.write(placed));
        assertThat(read.version()).isEqualTo(placed.version());
        assertThat(read.paymentDeadline()).isEqualTo(placed.paymentDeadline());
        assertThat(repository.findByNumber(DEMO, placed.number())).map(Order::id).contains(placed.id());
        assertThat(available(tea)).isEqualTo(8);
        assertThat(available(cup)).isEqualTo(4);
        assertThat(carts.view(buyer).lines()).isEmpty();

        Order paid = payments.confirmOnlinePayment(gateway, placed.id(), "wx-" + placed.number(), placed.amountDue())
                .order();
        assertThat(paid.status()).isEqualTo(OrderStatus.TO_SHIP);
        assertThatThrownBy(() -> repository.update(placed, placed.version()))
                .extracting("code").isEqualTo(ErrorCode.VERSION_CONFLICT);
        fulfilment.ship(admin, placed.id(), new FulfilmentService.PackageRequest("顺丰", "SF100",
                List.of(new ShipmentLine(0, 2))), Optional.of(paid.version()));
        Order shipped = fulfilment.ship(admin, placed.id(), new FulfilmentService.PackageRequest("圆通", "YT200",
                List.of(new ShipmentLine(1, 1))), Optional.empty());
        assertThat(shipped.status()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(OrderDocuments.write(repository.find(DEMO, placed.id()).orElseThrow()))
                .isEqualTo(OrderDocuments.write(shipped));

        OrderFilter mine = new OrderFilter(Optional.of(OrderStatus.SHIPPED), Optional.empty(), Optional.empty(),
                Optional.of(me), Optional.of(OrderSource.MOBILE_MALL), Optional.empty(), Optional.of(TenderType.BALANCE));
        assertThat(orders.list(admin, mine, PageRequest.first(10)).page().items()).extracting(Order::id)
                .containsExactly(placed.id());
        assertThat(orders.list(admin, mine, PageRequest.first(10)).queryTotal()).isEqualTo(placed.total());
        assertThat(orders.myOrders(buyer, PageRequest.first(10)).items()).extracting(Order::id)
                .containsExactly(placed.id());
        assertThat(purchases.completedLines(DEMO, me, tea.product())).isEmpty();

        assertThat(jobs.autoConfirm(clock.instant().plus(Duration.ofDays(11)))).isPositive();
        Order completed = orders.order(buyer, placed.id());
        assertThat(completed.status()).isEqualTo(OrderStatus.COMPLETED);
        assertThat(completed.events()).extracting(OrderEvent::action).containsExactly(OrderAction.PLACE,
                OrderAction.PAY, OrderAction.SHIP, OrderAction.SHIP, OrderAction.AUTO_CONFIRM);
        List<CompletedOrderLine> bought = purchases.completedLines(DEMO, me, tea.product());
        assertThat(bought).singleElement().satisfies(l ->
                assertThat(l.line().value()).isEqualTo(JdbcOrderRepository.lineId(placed.id(), 0)));
    }

    @Test
    void the_job_closes_unpaid_orders_once_and_gives_their_stock_back() throws Exception {
        Sku pen = sku("钢笔", "12.00", 6);
        List<Order> unpaid = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            unpaid.add(checkout.checkout(customer(), CheckoutRequest.of(List.of(new CartLine(pen.sku(), 2,
                    Optional.empty())), new PaymentPlan(Points.zero(), false, TenderType.ONLINE))));
        }
        assertThat(available(pen)).isZero();
        Instant later = clock.instant().plus(Duration.ofMinutes(31));

        // two instances claim at once: each order goes to one of them
        CountDownLatch bothClaimed = new CountDownLatch(2);
        List<Set<UUID>> claims = ParallelCalls.fire(2, () -> transactions.inTransaction(() -> {
            Set<UUID> claimed = new HashSet<>();
            repository.claimUnpaidDue(later, 100).forEach(o -> claimed.add(o.id().value()));
            bothClaimed.countDown();
            try {
                bothClaimed.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return claimed;
        }));
        Set<UUID> both = new HashSet<>(claims.get(0));
        both.retainAll(claims.get(1));
        assertThat(both).as("orders claimed by both").isEmpty();
        Set<UUID> union = new HashSet<>(claims.get(0));
        union.addAll(claims.get(1));
        assertThat(union).containsAll(unpaid.stream().map(o -> o.id().value()).toList());

        List<Integer> runs = ParallelCalls.fire(2, () -> jobs.closeUnpaid(later));
        assertThat(runs.get(0) + runs.get(1)).isGreaterThanOrEqualTo(3);
        assertThat(unpaid).allSatisfy(o -> assertThat(repository.find(DEMO, o.id()).orElseThrow().status())
                .isEqualTo(OrderStatus.CLOSED));
        assertThat(available(pen)).isEqualTo(6);
        assertThat(jobs.closeUnpaid(later)).isZero();
    }

    @Test
    void fifty_parallel_checkouts_of_a_sku_with_stock_ten_make_exactly_ten_orders() throws Exception {
        Sku lamp = sku("台灯", "99.00", 10);
        List<Actor> buyers = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            Actor buyer = customer();
            customers.me(buyer);
            buyers.add(buyer);
        }
        List<Object> outcomes = ParallelCalls.atOnce(50, i -> () -> {
            try {
                return checkout.checkout(buyers.get(i), CheckoutRequest.of(List.of(new CartLine(lamp.sku(), 1,
                        Optional.empty())), new PaymentPlan(Points.zero(), false, TenderType.ONLINE)));
            } catch (DomainException e) {
                return e.code();
            }
        });
        List<Order> placed = outcomes.stream().filter(Order.class::isInstance).map(Order.class::cast).toList();
        assertThat(placed).hasSize(10);
        assertThat(outcomes).filteredOn(o -> !(o instanceof Order)).hasSize(40)
                .allMatch(o -> o == ErrorCode.STOCK_INSUFFICIENT);
        assertThat(placed.stream().map(Order::number).distinct()).hasSize(10);
        assertThat(available(lamp)).isZero();
        assertThat(placed).allSatisfy(o -> assertThat(repository.find(DEMO, o.id())).isPresent());
    }

    @Test
    void refunds_recorded_on_an_order_are_stored_with_it() {
        Sku mug = sku("马克杯", "25.00", 10);
        Order placed = checkout.checkout(customer(), CheckoutRequest.of(List.of(new CartLine(mug.sku(), 2,
                Optional.empty())), new PaymentPlan(Points.zero(), false, TenderType.ONLINE)));
        Order paid = payments.confirmOnlinePayment(gateway, placed.id(), "wx-" + placed.number(), placed.amountDue())
                .order();
        Money oneUnit = Money.of(paid.linePaidAmounts().getFirst().amount().divide(java.math.BigDecimal.valueOf(2), 2,
                java.math.RoundingMode.DOWN));
        long before = paid.version();
        paid.recordRefund(new dev.zhanggui.order.OrderRefund("rf-" + UUID.randomUUID(),
                List.of(new dev.zhanggui.order.OrderRefund.RefundedLine(0, 1, oneUnit, false)), Money.zero(),
                List.of(new dev.zhanggui.order.OrderRefund.RefundedTender(TenderType.ONLINE, oneUnit, Points.zero())),
                clock.instant()), admin, clock.instant());
        transactions.run(() -> repository.update(paid, before));
        Order read = repository.find(DEMO, placed.id()).orElseThrow();
        assertThat(read.refunds().total()).isEqualTo(oneUnit);
        assertThat(OrderDocuments.write(read)).isEqualTo(OrderDocuments.write(paid));
    }

    @Test
    void an_order_counts_towards_the_sales_of_its_products_while_it_goes_ahead() {
        Sku kettle = sku("电水壶", "129.00", 10);
        Actor buyer = customer();
        Order order = checkout.checkout(buyer, CheckoutRequest.of(List.of(new CartLine(kettle.sku(), 3,
                Optional.empty())), new PaymentPlan(Points.zero(), false, TenderType.ONLINE)));
        assertThat(read(kettle)).isZero();
        payments.confirmOnlinePayment(gateway, order.id(), "wx-" + order.number(), order.amountDue());
        assertThat(salesCount(kettle, 3)).isEqualTo(3);
        Order cod = checkout.checkout(customer(), CheckoutRequest.of(List.of(new CartLine(kettle.sku(), 2,
                Optional.empty())), new PaymentPlan(Points.zero(), false, TenderType.COD)));
        assertThat(salesCount(kettle, 5)).isEqualTo(5);
        orders.voidOrder(admin, cod.id(), "客户电话取消", Optional.empty());
        assertThat(salesCount(kettle, 3)).isEqualTo(3);
    }

    /** The sales count once it reached the expected value, or after 5 s (it is counted a moment after the commit). */
    private long salesCount(Sku sku, long expected) {
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(5);
        long current = read(sku);
        while (current != expected && System.nanoTime() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            current = read(sku);
        }
        return current;
    }

    private long read(Sku sku) {
        return transactions.inTransaction(() -> sql.queryOne("select sales_count from product where id = ?",
                s -> s.setObject(1, sku.product().value()), r -> r.getLong(1)).orElseThrow());
    }

    private int available(Sku sku) {
        return transactions.inTransaction(() -> stock.available(DEMO, List.of(sku.sku()), StockLocation.of(Optional.empty())))
                .get(sku.sku());
    }

    private Actor customer() {
        return OrderTestData.newCustomer(customers);
    }

    private Sku sku(String name, String price, int onHand) {
        return OrderTestData.onSale(name, price, onHand);
    }
}
