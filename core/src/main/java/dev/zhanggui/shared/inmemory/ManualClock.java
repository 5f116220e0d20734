package dev.zhanggui.shared.inmemory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock moved by hand, for running the domain in a test or a simulation: set it, advance it, or
 * let it step forward by a fixed amount on every reading (so that records made one after another
 * get distinct times). Always in UTC, like every stored time.
 */
public final class ManualClock extends Clock {
    private final Duration stepPerReading;
    private Instant now;

    private ManualClock(Instant start, Duration stepPerReading) {
        this.now = Objects.requireNonNull(start, "start");
        this.stepPerReading = Objects.requireNonNull(stepPerReading, "stepPerReading");
    }

    /** A clock standing at {@code start} until it is set or advanced. */
    public static ManualClock at(Instant start) {
        return new ManualClock(start, Duration.ZERO);
    }

    /** A clock that moves by {@code step} every time it is read, starting just after {@code start}. */
    public static ManualClock ticking(Instant start, Duration step) {
        return new ManualClock(start, step);
    }

    public synchronized void set(Instant instant) {
        now = Objects.requireNonNull(instant, "instant");
    }

    public synchronized void advance(Duration by) {
        now = now.plus(by);
    }

    @Override
    public synchronized Instant instant() {
        now = now.plus(stepPerReading);
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
