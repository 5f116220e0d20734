package dev.zhanggui.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact sum of money (钱, 金额): an amount in one ISO 4217 currency, CNY unless said otherwise.
 *
 * <p>The amount is always held at the currency's minor digits (2 for CNY, so {@code 99.5} is held
 * as {@code 99.50}; 0 for JPY), which makes {@code equals} and {@code hashCode} treat 99.5 and
 * 99.50 alike. Building a {@code Money} from an amount with more significant digits than the minor
 * unit is refused with an {@link ArithmeticException}: rounding happens only where it is asked for,
 * through {@link #rounded(BigDecimal, Currency)} or {@link #times(BigDecimal)}, both HALF_UP to the
 * minor unit. Operations never mix currencies; they throw {@link IllegalArgumentException}.
 *
 * <p>Amounts may be negative (a refund, a correction); whether a negative amount makes sense is for
 * the caller's rules to decide.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** The currency used when none is named: the merchants we serve price in 人民币. */
    public static final Currency CNY = Currency.getInstance("CNY");

    /** The one rounding rule for money: half away from zero, to the minor unit. */
    public static final RoundingMode ROUNDING = RoundingMode.HALF_UP;

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        int digits = minorDigits(currency);
        try {
            // UNNECESSARY: trailing zeros may go, a real digit may not.
            amount = amount.setScale(digits, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new ArithmeticException("%s has more digits than %s allows (%d); round explicitly"
                    .formatted(amount.toPlainString(), currency.getCurrencyCode(), digits));
        }
    }

    /** An exact CNY amount from a decimal string such as {@code "99.50"}. */
    public static Money of(String amount) {
        return of(amount, CNY);
    }

    /** An exact amount from a decimal string and an ISO currency code, e.g. {@code ("99.5", "CNY")}. */
    public static Money of(String amount, String currencyCode) {
        return of(amount, Currency.getInstance(Objects.requireNonNull(currencyCode, "currencyCode")));
    }

    public static Money of(String amount, Currency currency) {
        return new Money(new BigDecimal(Objects.requireNonNull(amount, "amount").strip()), currency);
    }

    /** An exact CNY amount; refused if it has digits below the fen. */
    public static Money of(BigDecimal amount) {
        return new Money(amount, CNY);
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /**
     * An amount rounded HALF_UP to the currency's minor unit: the explicit way in for a computed
     * amount (a percentage, a conversion) that may carry more digits.
     */
    public static Money rounded(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        return new Money(amount.setScale(minorDigits(currency), ROUNDING), currency);
    }

    /** An amount counted in minor units: fen for CNY, yen for JPY. */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, minorDigits(currency)), currency);
    }

    /** An amount counted in fen. */
    public static Money ofMinor(long fen) {
        return ofMinor(fen, CNY);
    }

    public static Money zero() {
        return zero(CNY);
    }

    public static Money zero(Currency currency) {
        return ofMinor(0, currency);
    }

    /** The amount in minor units (99.50 CNY is 9950 fen); throws if it does not fit a long. */
    public long minorUnits() {
        return amount.unscaledValue().longValueExact();
    }

    public Money plus(Money other) {
        requireSameCurrency(other, "add");
        return new Money(amount.add(other.amount), currency);
    }

    public Money minus(Money other) {
        requireSameCurrency(other, "subtract");
        return new Money(amount.subtract(other.amount), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public Money abs() {
        return new Money(amount.abs(), currency);
    }

    /** This amount multiplied by a whole quantity (e.g. unit price × 3); exact, never rounds. */
    public Money times(long quantity) {
        return new Money(amount.multiply(BigDecimal.valueOf(quantity)), currency);
    }

    /**
     * This amount multiplied by a factor (a rate, a percentage such as {@code 0.85}), rounded
     * HALF_UP to the minor unit. This is <em>the</em> rounding point of money arithmetic: the
     * product is computed exactly and rounded once, here. Use {@link Allocation} instead when the
     * rounded parts of a whole must add up to it.
     */
    public Money times(BigDecimal factor) {
        Objects.requireNonNull(factor, "factor");
        return rounded(amount.multiply(factor), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    /** Orders amounts of the same currency; comparing different currencies is refused. */
    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other, "compare");
        return amount.compareTo(other.amount);
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    public boolean isLessThan(Money other) {
        return compareTo(other) < 0;
    }

    public boolean isAtLeast(Money other) {
        return compareTo(other) >= 0;
    }

    public boolean isAtMost(Money other) {
        return compareTo(other) <= 0;
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public Money max(Money other) {
        return compareTo(other) >= 0 ? this : other;
    }

    public boolean hasCurrency(Currency other) {
        return currency.equals(other);
    }

    /** The plain decimal amount at the minor digits, as carried in JSON: {@code "99.50"}. */
    @Override
    public String toString() {
        return amount.toPlainString();
    }

    /** The amount with its currency code for people and logs: {@code "CNY 99.50"}. */
    public String format() {
        return currency.getCurrencyCode() + " " + amount.toPlainString();
    }

    /** The number of minor digits of a currency; refuses currencies without one (e.g. gold, XAU). */
    static int minorDigits(Currency currency) {
        int digits = Objects.requireNonNull(currency, "currency").getDefaultFractionDigits();
        if (digits < 0) {
            throw new IllegalArgumentException(
                    "currency " + currency.getCurrencyCode() + " has no minor unit and cannot hold money");
        }
        return digits;
    }

    private void requireSameCurrency(Money other, String operation) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot %s %s and %s: currencies differ"
                    .formatted(operation, format(), other.format()));
        }
    }
}
