package dev.zhanggui.shared;

/**
 * A number of loyalty points (积分): whole points, an asset of its own, never money.
 *
 * <p>Points turn into money only through a merchant's {@link PointsRate}. The value may be negative
 * so that a ledger movement (a spend, a reversal) can be written as points too; whether a balance
 * may go below zero is the wallet's rule, not this type's. Arithmetic refuses to overflow.
 */
public record Points(long value) implements Comparable<Points> {

    private static final Points ZERO = new Points(0);

    public static Points of(long value) {
        return new Points(value);
    }

    public static Points zero() {
        return ZERO;
    }

    public Points plus(Points other) {
        return new Points(Math.addExact(value, other.value));
    }

    public Points minus(Points other) {
        return new Points(Math.subtractExact(value, other.value));
    }

    public Points negate() {
        return new Points(Math.negateExact(value));
    }

    /** Points for a whole quantity, e.g. points per item × items. */
    public Points times(long quantity) {
        return new Points(Math.multiplyExact(value, quantity));
    }

    public boolean isZero() {
        return value == 0;
    }

    public boolean isNegative() {
        return value < 0;
    }

    public boolean isPositive() {
        return value > 0;
    }

    @Override
    public int compareTo(Points other) {
        return Long.compare(value, other.value);
    }

    public boolean isGreaterThan(Points other) {
        return value > other.value;
    }

    public boolean isLessThan(Points other) {
        return value < other.value;
    }

    public Points min(Points other) {
        return value <= other.value ? this : other;
    }

    public Points max(Points other) {
        return value >= other.value ? this : other;
    }

    /**
     * What these points are worth at the given rate, rounded toward zero to the minor unit (see
     * {@link PointsRate#worthOf(Points)}).
     */
    public Money toMoney(PointsRate rate) {
        return rate.worthOf(this);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
