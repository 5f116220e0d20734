package dev.zhanggui.shared;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Splitting a whole over parts in proportion to weights (分摊), such that the parts add up
 * <em>exactly</em> to the whole: an order discount over its lines, a refund over its tenders, points
 * spent over the lines they paid for.
 *
 * <p>Method: the largest remainder. Each part first gets its exact share rounded down to the minor
 * unit (the fen, or one point); the units left over go one each to the parts with the largest
 * fractional remainders; <b>ties go to the earlier index</b>. The shares and remainders are
 * computed with exact integer arithmetic, so the result never depends on a division's rounding.
 * Every part is therefore within one minor unit of its exact share, a part with zero weight always
 * gets zero, and the result is in the same order as the weights.
 *
 * <p>Rules shared by every method: there must be at least one weight; weights must not be negative;
 * the total must not be negative. A zero total splits into zeros. A positive total over weights
 * that are <em>all zero</em> is refused ({@link IllegalArgumentException}) rather than spread evenly:
 * it means the caller is splitting money over lines that carry nothing, which is a bug to surface;
 * a caller that does want an even split passes equal weights.
 */
public final class Allocation {

    private Allocation() {
    }

    /** Splits money in proportion to decimal weights (quantities, ratios, amounts). */
    public static List<Money> split(Money total, List<BigDecimal> weights) {
        Objects.requireNonNull(total, "total");
        BigInteger[] units = allocate(total.amount().unscaledValue(), decimalWeights(weights));
        return toMoney(units, total);
    }

    /**
     * Splits money in proportion to money amounts, e.g. a discount over line totals or a refund over
     * tender amounts; the amounts must be in the total's currency.
     */
    public static List<Money> splitByAmounts(Money total, List<Money> weights) {
        Objects.requireNonNull(total, "total");
        BigInteger[] units = allocate(total.amount().unscaledValue(), moneyWeights(weights, total));
        return toMoney(units, total);
    }

    /** Splits whole points in proportion to decimal weights. */
    public static List<Points> split(Points total, List<BigDecimal> weights) {
        Objects.requireNonNull(total, "total");
        return toPoints(allocate(BigInteger.valueOf(total.value()), decimalWeights(weights)));
    }

    /** Splits whole points in proportion to money amounts, e.g. points spent over line totals. */
    public static List<Points> splitByAmounts(Points total, List<Money> weights) {
        Objects.requireNonNull(total, "total");
        Money first = weights.isEmpty() ? null : weights.getFirst();
        return toPoints(allocate(BigInteger.valueOf(total.value()), moneyWeights(weights, first)));
    }

    /** Splits a whole count (units of stock, minor units) in proportion to whole weights. */
    public static long[] split(long total, long[] weights) {
        Objects.requireNonNull(weights, "weights");
        BigInteger[] w = new BigInteger[weights.length];
        for (int i = 0; i < weights.length; i++) {
            w[i] = BigInteger.valueOf(weights[i]);
        }
        BigInteger[] parts = allocate(BigInteger.valueOf(total), w);
        long[] result = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            result[i] = parts[i].longValueExact();
        }
        return result;
    }

    /** The largest-remainder split over integer weights; all public methods come here. */
    private static BigInteger[] allocate(BigInteger total, BigInteger[] weights) {
        if (weights.length == 0) {
            throw new IllegalArgumentException("cannot split over no parts");
        }
        if (total.signum() < 0) {
            throw new IllegalArgumentException("cannot split a negative total: " + total);
        }
        BigInteger sum = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            if (weights[i].signum() < 0) {
                throw new IllegalArgumentException("weight " + i + " is negative");
            }
            sum = sum.add(weights[i]);
        }
        BigInteger[] parts = new BigInteger[weights.length];
        if (total.signum() == 0) {
            Arrays.fill(parts, BigInteger.ZERO);
            return parts;
        }
        if (sum.signum() == 0) {
            throw new IllegalArgumentException("cannot split " + total + " units over weights that are all zero");
        }
        // exact share_i = total * w_i / sum = floor + remainder / sum; compare remainders as integers
        BigInteger[] remainders = new BigInteger[weights.length];
        BigInteger assigned = BigInteger.ZERO;
        for (int i = 0; i < weights.length; i++) {
            BigInteger[] qr = total.multiply(weights[i]).divideAndRemainder(sum);
            parts[i] = qr[0];
            remainders[i] = qr[1];
            assigned = assigned.add(qr[0]);
        }
        giveLeftoverUnits(parts, remainders, total.subtract(assigned).intValueExact());
        return parts;
    }

    /**
     * One unit each to the {@code left} parts with the largest remainders, earlier index first on a
     * tie. Fewer units are left than there are parts (each remainder is below one unit), so one each
     * is enough, and a zero-weight part (remainder zero) is never chosen.
     */
    private static void giveLeftoverUnits(BigInteger[] parts, BigInteger[] remainders, int left) {
        IntStream.range(0, parts.length).boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders[i]).reversed()
                        .thenComparing(Comparator.naturalOrder()))
                .limit(left)
                .forEach(i -> parts[i] = parts[i].add(BigInteger.ONE));
    }

    /** Brings decimal weights to one common scale, so their unscaled values keep the proportions. */
    private static BigInteger[] decimalWeights(List<BigDecimal> weights) {
        Objects.requireNonNull(weights, "weights");
        int scale = 0;
        for (BigDecimal w : weights) {
            scale = Math.max(scale, Objects.requireNonNull(w, "weight").scale());
        }
        BigInteger[] result = new BigInteger[weights.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = weights.get(i).setScale(scale).unscaledValue();
        }
        return result;
    }

    /** Money weights as minor units; all in the currency of {@code reference} (if any). */
    private static BigInteger[] moneyWeights(List<Money> weights, Money reference) {
        Objects.requireNonNull(weights, "weights");
        BigInteger[] result = new BigInteger[weights.size()];
        for (int i = 0; i < result.length; i++) {
            Money w = Objects.requireNonNull(weights.get(i), "weight");
            if (!w.hasCurrency(reference.currency())) {
                throw new IllegalArgumentException("weight %d is %s but the split is in %s: currencies differ"
                        .formatted(i, w.format(), reference.currency().getCurrencyCode()));
            }
            result[i] = w.amount().unscaledValue();
        }
        return result;
    }

    private static List<Money> toMoney(BigInteger[] units, Money total) {
        List<Money> result = new ArrayList<>(units.length);
        for (BigInteger u : units) {
            result.add(Money.of(new BigDecimal(u, total.amount().scale()), total.currency()));
        }
        return List.copyOf(result);
    }

    private static List<Points> toPoints(BigInteger[] units) {
        List<Points> result = new ArrayList<>(units.length);
        for (BigInteger u : units) {
            result.add(Points.of(u.longValueExact()));
        }
        return List.copyOf(result);
    }
}
