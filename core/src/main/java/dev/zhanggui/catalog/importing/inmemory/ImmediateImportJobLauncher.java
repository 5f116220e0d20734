package dev.zhanggui.catalog.importing.inmemory;

import dev.zhanggui.catalog.importing.ImportJobLauncher;

/** Runs an import job at once on the caller's thread: deterministic, for tests and simple embeddings. */
public final class ImmediateImportJobLauncher implements ImportJobLauncher {
    @Override
    public void launch(Runnable task) {
        task.run();
    }
}
