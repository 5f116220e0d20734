package dev.zhanggui.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.CartLine;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 customers check out the last 10 units of a SKU at once: exactly 10 orders, stock at zero,
 * every other checkout refused with STOCK_INSUFFICIENT and leaving nothing; order numbers unique.
 */
class CheckoutConcurrencyTest {
    private static final int THREADS = 50;

    @Test
    void fifty_parallel_checkouts_of_ten_units_make_exactly_ten_orders() throws Exception {
        OrderFixture f = new OrderFixture();
        SkuId lastTen = f.sku("限量款", "99.00", 10);
        List<Actor> customers = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            customers.add(f.customer());
        }
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<String>> outcomes = new ArrayList<>();
        for (Actor customer : customers) {
            outcomes.add(pool.submit(() -> {
                start.await();
                try {
                    return f.checkout.checkout(customer, CheckoutRequest.of(List.of(CartLine.of(lastTen, 1)),
                            new PaymentPlan(Points.zero(), false, TenderType.ONLINE))).number();
                } catch (DomainException e) {
                    return e.code().name();
                }
            }));
        }
        start.countDown();
        List<String> results = new ArrayList<>();
        for (Future<String> outcome : outcomes) {
            results.add(outcome.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();

        List<String> numbers = results.stream().filter(r -> r.startsWith("21065")).toList();
        assertThat(numbers).hasSize(10);
        assertThat(new HashSet<>(numbers)).hasSize(10);
        assertThat(results.stream().filter(r -> r.equals(ErrorCode.STOCK_INSUFFICIENT.name()))).hasSize(40);
        assertThat(f.onHand(lastTen)).isZero();
        assertThat(f.orderRepository.all(OrderFixture.SHOP)).hasSize(10);
    }
}
