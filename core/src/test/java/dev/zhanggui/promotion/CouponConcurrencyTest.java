package dev.zhanggui.promotion;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Transactions;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import static dev.zhanggui.promotion.CouponFixture.SHOP;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Coupon limits hold under concurrency: 50 threads claim at once. The unit of work here does not
 * serialize anything, so only the issuance port's contract keeps the limits.
 */
class CouponConcurrencyTest {
    private static final int THREADS = 50;

    /** No lock at all: every use case runs side by side with the others. */
    private static final Transactions UNSERIALIZED = new Transactions() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    };

    private final CouponFixture f = new CouponFixture(UNSERIALIZED);

    private Map<ErrorCode, AtomicInteger> claimAll(List<Actor> claimants, String code) throws Exception {
        Map<ErrorCode, AtomicInteger> refusals = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (Actor claimant : claimants) {
                calls.add(pool.submit(() -> {
                    start.await();
                    try {
                        f.coupons.claim(claimant, code);
                    } catch (DomainException e) {
                        refusals.computeIfAbsent(e.code(), c -> new AtomicInteger()).incrementAndGet();
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> call : calls) {
                call.get();
            }
        } finally {
            pool.shutdown();
        }
        return refusals;
    }

    @Test
    void fifty_customers_claiming_twenty_coupons_get_exactly_twenty() throws Exception {
        CouponTemplate template = f.templates.create(f.admin, CouponFixture.tenOff(20, 1));
        f.templates.addSharedCode(f.admin, template.id(), "RUSH", 1000);
        List<Actor> claimants = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            claimants.add(CouponFixture.customer(100 + i));
            f.customers.me(claimants.getLast());
        }
        Map<ErrorCode, AtomicInteger> refusals = claimAll(claimants, "RUSH");
        assertThat(f.issuance.issued(SHOP, template.id())).isEqualTo(20);
        assertThat(f.couponRepository.count()).isEqualTo(20);
        assertThat(refusals.get(ErrorCode.COUPON_SOLD_OUT)).hasValue(30);
    }

    @Test
    void one_customer_claiming_fifty_times_gets_only_their_limit() throws Exception {
        CouponTemplate template = f.templates.create(f.admin, CouponFixture.tenOff(1000, 3));
        f.templates.addSharedCode(f.admin, template.id(), "GREEDY", 1000);
        Actor greedy = CouponFixture.customer(1);
        f.customers.me(greedy);
        Map<ErrorCode, AtomicInteger> refusals = claimAll(java.util.Collections.nCopies(THREADS, greedy), "GREEDY");
        assertThat(f.coupons.mine(greedy, java.util.Optional.empty())).hasSize(3);
        assertThat(refusals.get(ErrorCode.COUPON_LIMIT_REACHED)).hasValue(47);
    }

    @Test
    void a_shared_code_with_a_limit_is_never_redeemed_past_it() throws Exception {
        CouponTemplate template = f.templates.create(f.admin, CouponFixture.tenOff(1000, 1));
        f.templates.addSharedCode(f.admin, template.id(), "FIRST10", 10);
        List<Actor> claimants = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            claimants.add(CouponFixture.customer(200 + i));
            f.customers.me(claimants.getLast());
        }
        claimAll(claimants, "FIRST10");
        assertThat(f.issuance.redeemed(SHOP, "FIRST10")).isEqualTo(10);
        assertThat(f.couponRepository.count()).isEqualTo(10);
    }

    @Test
    void a_coupon_reserved_by_fifty_orders_at_once_is_held_by_one() throws Exception {
        CouponTemplate template = f.templates.create(f.admin, CouponFixture.tenOff(10, 1));
        f.templates.addSharedCode(f.admin, template.id(), "ONCE", 10);
        Coupon coupon = f.coupons.claim(CouponFixture.customer(1), "ONCE");
        AtomicInteger reserved = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        List<Future<?>> calls = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            String order = "order-" + i;
            calls.add(pool.submit(() -> {
                start.await();
                try {
                    f.coupons.reserve(SHOP, coupon.holder(), coupon.id(), order);
                    reserved.incrementAndGet();
                } catch (DomainException e) {
                    assertThat(e.code()).isEqualTo(ErrorCode.COUPON_NOT_AVAILABLE);
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> call : calls) {
            call.get();
        }
        pool.shutdown();
        assertThat(reserved).hasValue(1);
    }
}
