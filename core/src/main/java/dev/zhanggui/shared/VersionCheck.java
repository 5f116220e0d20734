package dev.zhanggui.shared;

import java.util.Optional;

/** Optimistic concurrency: a client that names the version it saw gets a refusal if it is stale. */
public final class VersionCheck {
    private VersionCheck() {
    }

    public static void require(Optional<Long> expected, long current) {
        if (expected.isPresent() && expected.get() != current) {
            throw new VersionMismatchException(expected.get(), current);
        }
    }

    /** Thrown when the expected version is stale; it carries the current one so clients can reload. */
    public static final class VersionMismatchException extends DomainException {
        private final long current;

        public VersionMismatchException(long expected, long current) {
            super(ErrorCode.VERSION_MISMATCH, "Expected version " + expected + " but the current version is " + current);
            this.current = current;
        }

        public long current() {
            return current;
        }
    }
}
