package dev.zhanggui.catalog.importing;

/** Where an import job stands: waiting, running, or finished either way. */
public enum ImportJobStatus {
    QUEUED, RUNNING, SUCCEEDED, FAILED;

    public boolean finished() {
        return this == SUCCEEDED || this == FAILED;
    }
}
