package dev.zhanggui.order;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.Transactions;

import java.time.Instant;
import java.util.List;

/**
 * The scheduled jobs: close orders left unpaid past their deadline (releasing what they held) and
 * confirm receipt of orders shipped longer ago than the receipt period. Each batch is claimed and
 * handled in one unit of work; with a database, the claim is {@code FOR UPDATE SKIP LOCKED}, so
 * several server instances can run the jobs at once and each order is handled once.
 */
public final class OrderJobs {
    public static final int BATCH = 100;

    private final OrderRepository orders;
    private final OrderStore store;
    private final OrderHoldings holdings;
    private final Transactions transactions;

    public OrderJobs(OrderRepository orders, CustomerService customers, OrderHoldings holdings,
                     Transactions transactions, EventPublisher events) {
        this.orders = orders;
        this.store = new OrderStore(orders, customers, transactions, events);
        this.holdings = holdings;
        this.transactions = transactions;
    }

    /** Closes every order unpaid at {@code now} past its deadline; returns how many. */
    public int closeUnpaid(Instant now) {
        int closed = 0;
        int batch;
        do {
            batch = transactions.inTransaction(() -> {
                List<Order> due = orders.claimUnpaidDue(now, BATCH);
                due.forEach(order -> store.store(order, o -> {
                    o.closeUnpaid(Actor.system(o.merchant(), "close-unpaid"), now);
                    holdings.release(o, now);
                }));
                return due.size();
            });
            closed += batch;
        } while (batch == BATCH);
        return closed;
    }

    /** Confirms receipt of every shipped order whose receipt period ended at {@code now}; returns how many. */
    public int autoConfirm(Instant now) {
        int confirmed = 0;
        int batch;
        do {
            batch = transactions.inTransaction(() -> {
                List<Order> due = orders.claimReceiptDue(now, BATCH);
                due.forEach(order -> store.store(order,
                        o -> o.confirmReceiptAutomatically(Actor.system(o.merchant(), "auto-confirm"), now)));
                return due.size();
            });
            confirmed += batch;
        } while (batch == BATCH);
        return confirmed;
    }
}
