package dev.zhanggui.catalog.importing;

/** Listens to an import as it goes, so that a poller sees how far it got. Called from the importing thread. */
public interface ImportProgress {
    ImportProgress NONE = new ImportProgress() {
    };

    default void validated(int rows) {
    }

    default void imported(int rows) {
    }
}
