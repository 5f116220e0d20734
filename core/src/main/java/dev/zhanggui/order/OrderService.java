package dev.zhanggui.order;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Reading orders (the customer's own, the merchant's list with its query total, the order
 * messages) and the changes that end or reprice an unpaid order: the customer cancels, staff
 * change the price (改价) or void (作废); a customer asks to cancel a paid order (取消中).
 * Cancelling and voiding give back what the order held ({@link OrderHoldings#release}).
 */
public final class OrderService {
    private final OrderStore store;
    private final OrderRepository orders;
    private final CustomerService customers;
    private final OrderHoldings holdings;
    private final Transactions transactions;
    private final Clock clock;

    public OrderService(OrderRepository orders, CustomerService customers, OrderHoldings holdings,
                        Transactions transactions, EventPublisher events, Clock clock) {
        this.store = new OrderStore(orders, customers, transactions, events);
        this.orders = orders;
        this.customers = customers;
        this.holdings = holdings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** One order: the customer's own, or any of the merchant's for staff. */
    public Order order(Actor actor, OrderId id) {
        return store.load(actor, id);
    }

    /** The order messages (订单消息), oldest first. */
    public List<OrderEvent> events(Actor actor, OrderId id) {
        return store.load(actor, id).events();
    }

    /** The calling customer's orders, newest first. */
    public Page<Order> myOrders(Actor actor, PageRequest page) {
        OrderAccess.requireCustomer(actor);
        var me = customers.myId(actor);
        return transactions.inTransaction(() -> orders.ofCustomer(actor.merchant(), me, page));
    }

    /** The merchant's orders by filter, newest first, with the total of the whole query. */
    public OrderList list(Actor actor, OrderFilter filter, PageRequest page) {
        OrderAccess.requireStaff(actor);
        return transactions.inTransaction(() -> new OrderList(orders.list(actor.merchant(), filter, page),
                orders.totalOf(actor.merchant(), filter)));
    }

    /** 改价: staff add to or take off the goods and shipping of an unpaid order, with a reason. */
    public Order adjustPrice(Actor actor, OrderId id, Money goods, Money shipping, String reason,
                             Optional<Long> expectedVersion) {
        OrderAccess.requireStaff(actor);
        Instant now = clock.instant();
        return store.change(actor, id, expectedVersion, o -> {
            o.adjustPrice(goods, shipping, reason, actor, now);
            if (o.status() != OrderStatus.PENDING_PAYMENT) {
                holdings.paid(o);
            }
        });
    }

    /** The customer cancels their order before any money came in (unpaid, or COD not shipped); what it held goes back. */
    public Order cancel(Actor actor, OrderId id) {
        OrderAccess.requireCustomer(actor);
        Instant now = clock.instant();
        return store.change(actor, id, Optional.empty(), o -> {
            o.cancel(actor, now);
            holdings.release(o, now);
        });
    }

    /** The customer asks to cancel a paid order not shipped yet; after-sales decides and refunds. */
    public Order requestCancellation(Actor actor, OrderId id, String reason) {
        OrderAccess.requireCustomer(actor);
        Instant now = clock.instant();
        return store.change(actor, id, Optional.empty(), o -> o.requestCancellation(reason, actor, now));
    }

    /** Staff void an order not shipped yet, with a reason; what it held goes back (drafts held nothing). */
    public Order voidOrder(Actor actor, OrderId id, String reason, Optional<Long> expectedVersion) {
        OrderAccess.requireStaff(actor);
        Instant now = clock.instant();
        return store.change(actor, id, expectedVersion, o -> {
            boolean held = o.status() != OrderStatus.DRAFT;
            o.voidOrder(reason, actor, now);
            if (held) {
                holdings.release(o, now);
            }
        });
    }
}
