package dev.zhanggui.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * A merchant's points rate (积分抵扣比例): so many points are worth so much money, e.g. 100 points
 * = 1.00 yuan.
 *
 * <p>The rate is held as a pair ({@code points}, {@code worth}) rather than a single number so that
 * any rate a merchant writes down ("100 积分抵 1 元", "1 积分抵 5 元", "3 积分抵 1 元") is held
 * exactly. Both conversions round <em>toward zero</em> (down, for the positive amounts of a
 * purchase), so that neither direction ever hands out more than the rate allows: points never pay
 * for more than their worth, and an amount never yields more points than it covers.
 */
public record PointsRate(long points, Money worth) {

    public PointsRate {
        Objects.requireNonNull(worth, "worth");
        if (points <= 0) {
            throw new IllegalArgumentException("a points rate needs a positive number of points, got " + points);
        }
        if (!worth.isPositive()) {
            throw new IllegalArgumentException("a points rate needs a positive worth, got " + worth.format());
        }
    }

    public static PointsRate of(long points, Money worth) {
        return new PointsRate(points, worth);
    }

    /** So many points per one unit of the currency (per yuan for CNY): {@code perUnit(100, CNY)}. */
    public static PointsRate perUnit(long pointsPerUnit, Currency currency) {
        return new PointsRate(pointsPerUnit, Money.of(BigDecimal.ONE, currency));
    }

    /** So many points per yuan. */
    public static PointsRate perYuan(long pointsPerYuan) {
        return perUnit(pointsPerYuan, Money.CNY);
    }

    public Currency currency() {
        return worth.currency();
    }

    /**
     * The money these points are worth, rounded toward zero to the minor unit: at 3 points = 1.00,
     * one point is worth 0.33, never 0.34, so spending points one at a time never beats the rate.
     */
    public Money worthOf(Points amount) {
        Objects.requireNonNull(amount, "amount");
        BigDecimal exact = worth.amount().multiply(BigDecimal.valueOf(amount.value()));
        int digits = Money.minorDigits(currency());
        return Money.of(exact.divide(BigDecimal.valueOf(points), digits, RoundingMode.DOWN), currency());
    }

    /**
     * The whole number of points that an amount of money covers, rounded toward zero (floor for a
     * positive amount): when a customer spends points against 0.15 yuan at 10 points = 1.00 yuan,
     * 1 point (0.10) is spent, not 2 (0.20), so points never pay for more than the amount. The same
     * floor applies when points are earned on an amount spent.
     */
    public Points pointsFor(Money amount) {
        Objects.requireNonNull(amount, "amount");
        if (!amount.hasCurrency(currency())) {
            throw new IllegalArgumentException("cannot convert %s at a rate in %s: currencies differ"
                    .formatted(amount.format(), currency().getCurrencyCode()));
        }
        BigDecimal exact = amount.amount().multiply(BigDecimal.valueOf(points));
        return Points.of(exact.divide(worth.amount(), 0, RoundingMode.DOWN).longValueExact());
    }

    @Override
    public String toString() {
        return points + " points = " + worth.format();
    }
}
