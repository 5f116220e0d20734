package dev.zhanggui.catalog.importing;

/**
 * Port: runs an import job in the background. The task starts only once the unit of work that
 * queued the job has committed (so the job is there to be found), and never inside it.
 */
public interface ImportJobLauncher {
    void launch(Runnable task);
}
