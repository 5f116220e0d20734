package dev.zhanggui.order;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The load, act, store, publish of every order use case after checkout: a customer reaches only
 * their own orders (others are simply not found), staff any of the merchant's.
 */
final class OrderStore {
    private final OrderRepository orders;
    private final CustomerService customers;
    private final Transactions transactions;
    private final EventPublisher events;

    OrderStore(OrderRepository orders, CustomerService customers, Transactions transactions, EventPublisher events) {
        this.orders = orders;
        this.customers = customers;
        this.transactions = transactions;
        this.events = events;
    }

    Order change(Actor actor, OrderId id, Optional<Long> expectedVersion, Consumer<Order> act) {
        Order order = transactions.inTransaction(() -> {
            Order loaded = load(actor, id);
            VersionCheck.require(expectedVersion, loaded.version());
            return store(loaded, act);
        });
        return order;
    }

    /** Acts on an order already loaded (and claimed) inside the caller's unit of work. */
    Order store(Order order, Consumer<Order> act) {
        long before = order.version();
        int known = order.events().size();
        act.accept(order);
        if (order.version() != before) {
            orders.update(order, before);
            List<OrderEvent> added = order.events().subList(known, order.events().size());
            added.forEach(e -> events.publish(new OrderChanged(order.merchant(), order.id(), order.number(),
                    order.customer(), e)));
        }
        return order;
    }

    Order load(Actor actor, OrderId id) {
        Optional<CustomerId> me = actor.isCustomer() ? Optional.of(customers.myId(actor)) : Optional.empty();
        if (!actor.isCustomer() && !actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Sign in to see orders");
        }
        return transactions.inTransaction(() -> orders.find(actor.merchant(), id))
                .filter(o -> me.map(o.customer()::equals).orElse(true))
                .orElseThrow(() -> new DomainException(ErrorCode.ORDER_NOT_FOUND, "No order " + id));
    }
}
