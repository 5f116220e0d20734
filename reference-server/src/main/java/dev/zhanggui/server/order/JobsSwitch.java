package dev.zhanggui.server.order;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Skips the order jobs where they are switched off ({@code zhanggui.orders.jobs.enabled=false}, as in tests). */
@ApplicationScoped
public class JobsSwitch implements Scheduled.SkipPredicate {
    @Inject
    OrderJobSettings settings;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !settings.jobs().enabled();
    }
}
