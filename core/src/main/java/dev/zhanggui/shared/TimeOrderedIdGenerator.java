package dev.zhanggui.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/** UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, then random bits. */
public final class TimeOrderedIdGenerator implements IdGenerator {
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public TimeOrderedIdGenerator(Clock clock) {
        this.clock = clock;
    }

    public TimeOrderedIdGenerator() {
        this(Clock.systemUTC());
    }

    @Override
    public UUID newId() {
        long millis = clock.millis();
        long randA = random.nextInt(1 << 12);
        long msb = (millis << 16) | 0x7000L | randA;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
