package dev.zhanggui.pricing;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.time.Instant;
import java.util.Optional;

/**
 * When something applies: from {@code from} (inclusive) until {@code until} (exclusive); an empty
 * end means open-ended. Used by price lists, time-limited prices, promotions and coupons.
 */
public record ValidityWindow(Instant from, Optional<Instant> until) {
    public ValidityWindow {
        if (from == null || until == null) {
            throw new IllegalArgumentException("from and until are required");
        }
    }

    /** A window checked for the API: the end must come after the start. */
    public static ValidityWindow of(Instant from, Instant until, String field, ErrorCode invalid) {
        if (from == null) {
            throw DomainException.invalidField(field + ".from", invalid, "The window needs a start");
        }
        if (until != null && !until.isAfter(from)) {
            throw DomainException.invalidField(field + ".until", invalid, "The window must end after it starts");
        }
        return new ValidityWindow(from, Optional.ofNullable(until));
    }

    public static ValidityWindow between(Instant from, Instant until) {
        return new ValidityWindow(from, Optional.of(until));
    }

    public static ValidityWindow startingAt(Instant from) {
        return new ValidityWindow(from, Optional.empty());
    }

    public boolean contains(Instant at) {
        return !at.isBefore(from) && until.map(at::isBefore).orElse(true);
    }

    public boolean hasEndedAt(Instant at) {
        return until.map(u -> !at.isBefore(u)).orElse(false);
    }
}
