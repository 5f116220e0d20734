package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.PaymentPlan;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.Transactions;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

import static dev.zhanggui.aftersale.AfterSaleFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two staff members (here eight) agreeing to the same refund at once refund it once: the request is
 * stored conditionally on the version it was read at, so only one of them issues the refund.
 */
class ConcurrentRefundTest {

    /** Units of work that run at once on as many threads as call them (no serialising), like a database. */
    private static final class ConcurrentTransactions implements Transactions {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    }

    @Test
    void staff_refunding_at_once_refund_once() throws Exception {
        for (int round = 0; round < 20; round++) {
            AfterSaleFixture f = new AfterSaleFixture("0.00", new DefaultRefundAllocationPolicy(),
                    new ConcurrentTransactions());
            Actor buyer = f.customer();
            f.topUp(buyer, "20.00");
            SkuId bowl = f.sku("碗", "35.00", 5);
            Order order = f.paidOrder(buyer, new PaymentPlan(Points.zero(), true, TenderType.ONLINE), Optional.empty(),
                    line(bowl, 1));
            AfterSale asked = f.afterSales.request(buyer, AfterSaleRequest.wholeOrder(order.id(),
                    AfterSaleType.REFUND_ONLY, "NO_LONGER_WANTED"));
            int staff = 8;
            CyclicBarrier start = new CyclicBarrier(staff);
            ExecutorService pool = Executors.newFixedThreadPool(staff);
            List<Future<ErrorCode>> outcomes = new ArrayList<>();
            for (int i = 0; i < staff; i++) {
                Actor member = Actor.staff(AfterSaleFixture.SHOP, "staff-" + i);
                outcomes.add(pool.submit(() -> {
                    start.await();
                    try {
                        f.afterSales.refund(member, asked.id(), Optional.empty());
                        return null;
                    } catch (DomainException e) {
                        return e.code();
                    }
                }));
            }
            for (Future<ErrorCode> outcome : outcomes) {
                ErrorCode code = outcome.get();
                // a loser lost the conditional store, read the request (or its order) after the winner, or found it
                // refunded already (a repeat refunds nothing more and answers normally)
                assertThat(code == null || code == ErrorCode.VERSION_CONFLICT
                        || code == ErrorCode.AFTERSALE_INVALID_TRANSITION || code == ErrorCode.AFTERSALE_ALREADY_REFUNDED
                        || code == ErrorCode.ORDER_INVALID_TRANSITION).as("outcome " + code).isTrue();
            }
            pool.shutdown();
            assertThat(f.refundRepository.ofOrder(AfterSaleFixture.SHOP, order.id())).hasSize(1);
            assertThat(f.gateway.refunds()).singleElement().extracting(r -> r.refundFen()).isEqualTo(1500L);
            assertThat(f.balance(buyer)).isEqualTo(Money.of("20.00"));
            assertThat(f.afterSales.one(buyer, asked.id()).status()).isEqualTo(AfterSaleStatus.REFUNDED);
            assertThat(f.onHand(bowl)).isEqualTo(5);
        }
    }

    @Test
    void the_repository_stores_a_request_only_at_the_version_it_was_read() {
        AfterSaleFixture f = new AfterSaleFixture();
        Actor buyer = f.customer();
        Order order = f.paidOnline(buyer, line(f.sku("碗", "35.00", 5), 1));
        AfterSale asked = f.afterSales.request(buyer, AfterSaleRequest.wholeOrder(order.id(), AfterSaleType.REFUND_ONLY,
                "NO_LONGER_WANTED"));
        AfterSale first = f.afterSaleRepository.find(AfterSaleFixture.SHOP, asked.id()).orElseThrow();
        AfterSale second = f.afterSaleRepository.find(AfterSaleFixture.SHOP, asked.id()).orElseThrow();
        Instant now = AfterSaleFixture.NOW;
        first.agreeToRefund(new RefundId(java.util.UUID.randomUUID()), f.staff, now);
        second.agreeToRefund(new RefundId(java.util.UUID.randomUUID()), f.admin, now);
        f.afterSaleRepository.update(first, asked.version());
        assertThatThrownBy(() -> f.afterSaleRepository.update(second, asked.version()))
                .extracting("code").isEqualTo(ErrorCode.VERSION_CONFLICT);
        AfterSale duplicate = AfterSale.request(new AfterSaleId(java.util.UUID.randomUUID()), AfterSaleFixture.SHOP,
                order.id(), order.number(), asked.customer(), AfterSaleType.REFUND_ONLY, asked.lines(), asked.reason(),
                Optional.empty(), List.of(), buyer, now);
        assertThatThrownBy(() -> f.afterSaleRepository.add(duplicate))
                .extracting("code").isEqualTo(ErrorCode.AFTERSALE_LINE_HAS_OPEN_REQUEST);
    }
}
