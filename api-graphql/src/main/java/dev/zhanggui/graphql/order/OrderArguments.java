package dev.zhanggui.graphql.order;

import dev.zhanggui.order.TenderType;
import dev.zhanggui.pricing.CouponChoice;
import dev.zhanggui.pricing.PricingFields;
import dev.zhanggui.promotion.CouponId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads the text arguments of the order operations (ids, amounts, dates, the coupon choice); a
 * malformed one is a field error with the orders' code, never an unexpected failure.
 */
final class OrderArguments {
    private static final Pattern SIGNED_AMOUNT = Pattern.compile("[+-]?\\d{1,15}(\\.\\d{1,2})?");

    private OrderArguments() {
    }

    /** An optional id; blank is absent; a malformed one fails with the id type's not-found code. */
    static <T> Optional<T> id(String text, Function<String, T> parse) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(parse.apply(text.strip()));
    }

    /** An amount of zero or more, such as "99.50". */
    static Optional<Money> money(String field, String amount) {
        return PricingFields.money(field, amount, ErrorCode.ORDER_INVALID);
    }

    /** A signed amount such as "+100.00" or "-10.00" (a price change); absent is zero. */
    static Money signedMoney(String field, String amount) {
        if (amount == null || amount.isBlank()) {
            return Money.zero();
        }
        if (!SIGNED_AMOUNT.matcher(amount.strip()).matches()) {
            throw DomainException.invalidField(field, ErrorCode.ORDER_PRICE_ADJUSTMENT_INVALID,
                    field + " must be a signed amount in yuan with at most two decimals, like \"-10.00\"");
        }
        return Money.of(amount.strip().replace("+", ""));
    }

    static Optional<Instant> instant(String field, String text) {
        return PricingFields.instant(field, text, ErrorCode.ORDER_INVALID);
    }

    static Optional<LocalDate> date(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(field, ErrorCode.ORDER_INVALID, field + " must be a date like 2026-06-15");
        }
    }

    static LocalDate requiredDate(String field, String text) {
        return date(field, text).orElseThrow(() ->
                DomainException.invalidField(field, ErrorCode.ORDER_INVALID, field + " is required"));
    }

    /** BEST (the default), NONE, or the id of a coupon the customer holds. */
    static CouponChoice coupon(String text) {
        if (text == null || text.isBlank() || text.strip().equalsIgnoreCase("BEST")) {
            return CouponChoice.BEST;
        }
        if (text.strip().toUpperCase(Locale.ROOT).equals("NONE")) {
            return CouponChoice.NONE;
        }
        try {
            return new CouponChoice.Specific(CouponId.parse(text.strip()));
        } catch (DomainException e) {
            throw DomainException.invalidField("coupon", ErrorCode.ORDER_INVALID,
                    "coupon is BEST, NONE or the id of a coupon you hold");
        }
    }

    /** The tender for the rest of the amount: not the balance or points, which the plan names apart. */
    static TenderType rest(TenderType type) {
        if (!type.isRest()) {
            throw DomainException.invalidField("rest", ErrorCode.ORDER_TENDER_INVALID,
                    "The rest is paid ONLINE, COD, OFFLINE_TRANSFER, CREDIT or CASH; use useBalance and points"
                            + " for the balance and points");
        }
        return type;
    }
}
