package dev.zhanggui.server.order;

import dev.zhanggui.order.OrderChanged;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.server.shared.JdbcStatements;
import io.quarkus.logging.Log;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.annotation.PreDestroy;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Keeps the products' sales count (销量), by which storefronts sort: an order's units count from the
 * moment it goes ahead (paid, or on terms such as cash on delivery) and stop counting if it is
 * closed or voided afterwards. Counted after the order's transaction commits, on another thread in a
 * short transaction of its own, so that checkouts of a popular product do not wait on its row and a
 * request never holds two connections at once. The count is a storefront sort key: eventually right,
 * up to {@code zhanggui.orders.sales-count-delay} (1 s) behind.
 *
 * <p>The first change starts the delay; every order that goes ahead until it ends is counted with
 * it: one transaction, one read of their lines and one update per product, however many orders
 * there are. Under load that is one short transaction a second instead of one per order, and a
 * product sold a hundred times in that second has its row written once, not a hundred times.
 */
@ApplicationScoped
public class ProductSalesCount {
    private static final Set<OrderStatus> COUNTED = EnumSet.of(OrderStatus.PENDING_REVIEW, OrderStatus.TO_SHIP,
            OrderStatus.SHIPPED, OrderStatus.COMPLETED, OrderStatus.CANCELLING);
    /** The most orders one count takes, so that one statement's array stays small. */
    private static final int MOST_ORDERS = 500;

    @Inject
    JdbcStatements sql;
    @ConfigProperty(name = "zhanggui.orders.sales-count-delay", defaultValue = "1s")
    Duration delay;
    /** One thread: counts never wait on each other. Delayed counts still run at shutdown. */
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("product-sales-count").daemon().factory());
    private final ConcurrentLinkedQueue<Pending> pending = new ConcurrentLinkedQueue<>();
    /** Whether a count is scheduled that has not started taking the queue yet. */
    private final AtomicBoolean scheduled = new AtomicBoolean();

    private record Pending(OrderChanged changed, int sign) {
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }

    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) OrderChanged changed) {
        boolean before = changed.event().from().map(COUNTED::contains).orElse(false);
        boolean after = COUNTED.contains(changed.event().to());
        if (before == after) {
            return;
        }
        pending.add(new Pending(changed, after ? 1 : -1));
        schedule(delay);
    }

    private void schedule(Duration after) {
        if (scheduled.compareAndSet(false, true)) {
            executor.schedule(this::countPending, after.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void countPending() {
        // Cleared before the queue is taken: a change added from now on schedules the next count.
        scheduled.set(false);
        List<Pending> batch = new ArrayList<>();
        for (Pending p; batch.size() < MOST_ORDERS && (p = pending.poll()) != null; ) {
            batch.add(p);
        }
        if (batch.isEmpty()) {
            return;
        }
        if (!pending.isEmpty()) {
            schedule(Duration.ZERO); // more than one count's worth waited: take the rest at once
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> count(batch));
        } catch (RuntimeException e) {
            Log.warnf(e, "could not count the sales of orders %s",
                    batch.stream().map(p -> p.changed().number()).toList());
        }
    }

    /** A product's sales count: ordered by merchant, then product id. */
    private record ProductOf(String merchant, UUID product) implements Comparable<ProductOf> {
        @Override
        public int compareTo(ProductOf other) {
            int byMerchant = merchant.compareTo(other.merchant);
            return byMerchant != 0 ? byMerchant : product.compareTo(other.product);
        }
    }

    private void count(List<Pending> batch) {
        Map<UUID, Integer> signs = new HashMap<>();
        batch.forEach(p -> signs.merge(p.changed().order().value(), p.sign(), Integer::sum));
        // The units per product from the order's line rows (not its document). Looked up by order id
        // alone: with the merchant too the planner may intersect the merchant's whole line index.
        Map<ProductOf, Long> deltas = new TreeMap<>();
        sql.query("""
                select merchant_id, order_id, product_id, sum(quantity) from order_line where order_id = any (?)
                group by merchant_id, order_id, product_id""", s -> s.setArray(1,
                        JdbcStatements.uuids(s, signs.keySet())),
                r -> Map.entry(new ProductOf(r.getString(1), r.getObject(3, UUID.class)),
                        r.getLong(4) * signs.get(r.getObject(2, UUID.class))))
                .forEach(e -> deltas.merge(e.getKey(), e.getValue(), Long::sum));
        deltas.values().removeIf(d -> d == 0);
        // In merchant and product id order, so that two counts never wait on each other in a circle.
        sql.batch("update product set sales_count = greatest(sales_count + ?, 0) where merchant_id = ? and id = ?",
                deltas.entrySet(), (s, e) -> {
                    s.setLong(1, e.getValue());
                    s.setString(2, e.getKey().merchant());
                    s.setObject(3, e.getKey().product());
                });
    }
}
