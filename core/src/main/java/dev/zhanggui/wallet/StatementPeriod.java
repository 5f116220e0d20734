package dev.zhanggui.wallet;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/**
 * The days a credit statement covers, both included, as dates in the merchant's time zone; at
 * most {@value #MAX_DAYS} days.
 */
public record StatementPeriod(LocalDate from, LocalDate to) {
    public static final int MAX_DAYS = 366;

    public StatementPeriod {
        if (from == null || to == null) {
            throw DomainException.invalidField(from == null ? "from" : "to", ErrorCode.WALLET_STATEMENT_PERIOD_INVALID);
        }
        if (from.isAfter(to)) {
            throw DomainException.invalidField("to", ErrorCode.WALLET_STATEMENT_PERIOD_INVALID,
                    "'to' (" + to + ") is before 'from' (" + from + ")");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw DomainException.invalidField("to", ErrorCode.WALLET_STATEMENT_PERIOD_INVALID,
                    "A statement covers at most " + MAX_DAYS + " days");
        }
    }

    /** The first instant of the period in the zone. */
    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in the zone. */
    public Instant end(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
