package dev.zhanggui.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * A bound of a time filter as the APIs take it: an ISO 8601 instant ({@code 2026-06-08T00:00:00Z}),
 * or a date read in the merchant's zone. A date as a lower bound is the start of that day, as an
 * upper (exclusive) bound the start of the next, so that {@code from=2026-06-01&until=2026-06-30}
 * is all of June.
 */
public final class TimeBound {
    public static final String EXPECTED = " is an ISO 8601 instant like 2026-06-08T00:00:00Z or a date like 2026-06-08";

    private TimeBound() {
    }

    /**
     * @return empty for a blank text
     * @throws DateTimeParseException if the text is neither an instant nor a date
     */
    public static Optional<Instant> parse(String text, ZoneId zone, boolean upper) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String value = text.strip();
        if (value.length() == 10) {
            LocalDate day = LocalDate.parse(value);
            return Optional.of((upper ? day.plusDays(1) : day).atStartOfDay(zone).toInstant());
        }
        return Optional.of(Instant.parse(value));
    }

    /** As {@link #parse}, refusing a bad text as a field error with this code. */
    public static Optional<Instant> of(String field, String text, ZoneId zone, boolean upper, ErrorCode code) {
        try {
            return parse(text, zone, upper);
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(field, code, field + EXPECTED);
        }
    }
}
