package dev.zhanggui.shared;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * UUID version 7 (RFC 9562): 48 bits of Unix milliseconds, a 12-bit sequence, then random bits.
 * Ids from one generator strictly increase, also within one millisecond (the sequence counts up,
 * and borrows the next millisecond when it runs out), so "order by id" is creation order.
 */
public final class TimeOrderedIdGenerator implements IdGenerator {
    private static final int SEQUENCE_LIMIT = 1 << 12;

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private int sequence;

    public TimeOrderedIdGenerator(Clock clock) {
        this.clock = clock;
    }

    public TimeOrderedIdGenerator() {
        this(Clock.systemUTC());
    }

    @Override
    public synchronized UUID newId() {
        long millis = clock.millis();
        if (millis > lastMillis) {
            lastMillis = millis;
            sequence = random.nextInt(SEQUENCE_LIMIT / 2); // leave room to count up
        } else if (++sequence == SEQUENCE_LIMIT) {
            lastMillis++;
            sequence = 0;
        }
        long msb = (lastMillis << 16) | 0x7000L | sequence;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb);
    }
}
