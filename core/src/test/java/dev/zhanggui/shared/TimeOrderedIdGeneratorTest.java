package dev.zhanggui.shared;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TimeOrderedIdGeneratorTest {
    @Test
    void ids_increase_as_strings_even_within_one_millisecond() {
        var ids = new TimeOrderedIdGenerator(Clock.fixed(Instant.parse("2026-06-08T00:00:00Z"), ZoneOffset.UTC));
        String previous = ids.newId().toString();
        for (int i = 0; i < 10_000; i++) {
            String next = ids.newId().toString();
            assertThat(next).isGreaterThan(previous);
            previous = next;
        }
    }

    @Test
    void ids_are_version_7_and_carry_the_time() {
        Instant now = Instant.parse("2026-06-08T00:00:00Z");
        UUID id = new TimeOrderedIdGenerator(Clock.fixed(now, ZoneOffset.UTC)).newId();
        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(now.toEpochMilli());
    }
}
