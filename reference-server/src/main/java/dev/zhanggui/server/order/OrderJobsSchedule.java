package dev.zhanggui.server.order;

import dev.zhanggui.order.OrderJobs;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.time.Clock;

/**
 * Runs the order jobs: closing orders left unpaid past their deadline (超时关闭, releasing what they
 * held) and confirming receipt of orders shipped longer ago than the receipt period (自动确认收货).
 * Every instance may run them: each batch is claimed with {@code FOR UPDATE SKIP LOCKED}, so no order
 * is handled twice.
 */
@ApplicationScoped
public class OrderJobsSchedule {
    @Inject
    OrderJobs jobs;
    @Inject
    Clock clock;

    @Scheduled(every = "{zhanggui.orders.jobs.close-unpaid-every}", delayed = "{zhanggui.orders.jobs.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = JobsSwitch.class)
    void closeUnpaid() {
        int closed = jobs.closeUnpaid(clock.instant());
        if (closed > 0) {
            Log.infof("closed %d orders left unpaid", closed);
        }
    }

    @Scheduled(every = "{zhanggui.orders.jobs.auto-confirm-every}", delayed = "{zhanggui.orders.jobs.delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = JobsSwitch.class)
    void autoConfirm() {
        int confirmed = jobs.autoConfirm(clock.instant());
        if (confirmed > 0) {
            Log.infof("confirmed receipt of %d orders", confirmed);
        }
    }
}
