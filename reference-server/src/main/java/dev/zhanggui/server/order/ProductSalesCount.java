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

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Keeps the products' sales count (销量), by which storefronts sort: an order's units count from the
 * moment it goes ahead (paid, or on terms such as cash on delivery) and stop counting if it is
 * closed or voided afterwards. Counted after the order's transaction commits, on another thread in a
 * short transaction of its own, so that checkouts of a popular product do not wait on its row and a
 * request never holds two connections at once. The count is a storefront sort key: eventually right,
 * a moment behind.
 */
@ApplicationScoped
public class ProductSalesCount {
    private static final Set<OrderStatus> COUNTED = EnumSet.of(OrderStatus.PENDING_REVIEW, OrderStatus.TO_SHIP,
            OrderStatus.SHIPPED, OrderStatus.COMPLETED, OrderStatus.CANCELLING);

    @Inject
    JdbcStatements sql;
    /** One thread: counts are small, and one at a time they never wait on each other. */
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().name("product-sales-count").daemon().factory());

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
        int sign = after ? 1 : -1;
        executor.execute(() -> {
            try {
                QuarkusTransaction.requiringNew().run(() -> count(changed, sign));
            } catch (RuntimeException e) {
                Log.warnf(e, "could not count the sales of order %s", changed.number());
            }
        });
    }

    private void count(OrderChanged changed, int sign) {
        // The units per product from the order's line rows (not its document), in product id order, so
        // that two orders counting the same products never wait on each other in a circle.
        List<Map.Entry<UUID, Long>> units = sql.query("""
                select product_id, sum(quantity) from order_line where order_id = ? and merchant_id = ?
                group by product_id order by product_id""", s -> {
            s.setObject(1, changed.order().value());
            s.setString(2, changed.merchant().value());
        }, r -> Map.entry(r.getObject(1, UUID.class), r.getLong(2)));
        sql.batch("update product set sales_count = greatest(sales_count + ?, 0) where merchant_id = ? and id = ?",
                units, (s, e) -> {
                    s.setLong(1, sign * e.getValue());
                    s.setString(2, changed.merchant().value());
                    s.setObject(3, e.getKey());
                });
    }
}
