package dev.zhanggui.order;

import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.PointsRate;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One way an order is paid and how much of it: the money amount, and for points the points spent
 * and the rate they were taken at (after-sales refunds points at that rate). {@code reference}
 * names the payment where it lives: the wallet operation key, the gateway's transaction, the
 * transfer. A tender is settled once its money is in (balance, points, credit at checkout; online
 * when the gateway confirms; COD after delivery; a transfer when staff confirm it).
 */
public record Tender(TenderType type, Money amount, Points points, Optional<PointsRate> rate,
                     Optional<String> reference, Optional<Instant> settledAt) {
    public Tender {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        points = points == null ? Points.zero() : points;
        rate = rate == null ? Optional.empty() : rate;
        reference = reference == null ? Optional.empty() : reference;
        settledAt = settledAt == null ? Optional.empty() : settledAt;
        if (amount.isNegative()) {
            throw new IllegalArgumentException("a tender amount is never negative");
        }
        if (type == TenderType.POINTS && rate.isEmpty()) {
            throw new IllegalArgumentException("points carry the rate they were taken at");
        }
    }

    public static Tender settled(TenderType type, Money amount, String reference, Instant at) {
        return new Tender(type, amount, Points.zero(), Optional.empty(), Optional.of(reference), Optional.of(at));
    }

    public static Tender points(Points points, PointsRate rate, String reference, Instant at) {
        return new Tender(TenderType.POINTS, rate.worthOf(points), points, Optional.of(rate), Optional.of(reference),
                Optional.of(at));
    }

    public static Tender unsettled(TenderType type, Money amount) {
        return new Tender(type, amount, Points.zero(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public boolean isSettled() {
        return settledAt.isPresent();
    }

    Tender settle(String paymentReference, Instant at) {
        return new Tender(type, amount, points, rate, Optional.of(paymentReference), Optional.of(at));
    }

    Tender withAmount(Money newAmount) {
        return new Tender(type, newAmount, points, rate, reference, settledAt);
    }
}
