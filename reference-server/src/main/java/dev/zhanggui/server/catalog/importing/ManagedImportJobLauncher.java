package dev.zhanggui.server.catalog.importing;

import dev.zhanggui.catalog.importing.ImportJobLauncher;
import dev.zhanggui.server.shared.AfterCommit;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.eclipse.microprofile.context.ThreadContext;

/**
 * Runs import jobs on a small managed executor (two at a time, so imports never starve the
 * request threads of this 2-core machine), after the transaction that queued the job commits, and
 * with no context of the request carried over: each job runs its own transactions.
 */
@ApplicationScoped
public class ManagedImportJobLauncher implements ImportJobLauncher {
    @Inject
    TransactionSynchronizationRegistry transactions;

    private final ManagedExecutor executor = ManagedExecutor.builder().maxAsync(2).maxQueued(100)
            .propagated(ThreadContext.NONE).cleared(ThreadContext.ALL_REMAINING).build();

    @Override
    public void launch(Runnable task) {
        Runnable logged = () -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                Log.error("An import job failed outside the import", e);
            }
        };
        AfterCommit.run(transactions, () -> executor.execute(logged));
    }

    @PreDestroy
    void stop() {
        executor.shutdown();
    }
}
