package dev.zhanggui.wallet;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Reads wallet inputs as the APIs receive them (text) into domain values, refusing bad ones with a code. */
public final class WalletFields {
    /** Plain decimal notation only: an exponent such as {@code 1e999999999} would cost a huge number. */
    private static final Pattern DECIMAL = Pattern.compile("-?\\d{1,15}(\\.\\d{1,10})?");

    private WalletFields() {
    }

    /** A CNY amount such as {@code "99.50"}; absent or blank is empty. */
    public static Optional<Money> money(String field, String amount) {
        if (amount == null || amount.isBlank()) {
            return Optional.empty();
        }
        if (!DECIMAL.matcher(amount.strip()).matches()) {
            throw DomainException.invalidField(field, ErrorCode.WALLET_AMOUNT_INVALID,
                    field + " must be a decimal amount in yuan with at most two decimals, like \"99.50\"");
        }
        try {
            return Optional.of(Money.of(amount));
        } catch (ArithmeticException | NumberFormatException e) {
            throw DomainException.invalidField(field, ErrorCode.WALLET_AMOUNT_INVALID,
                    field + " must be a decimal amount in yuan with at most two decimals, like \"99.50\"");
        }
    }

    public static Money requiredMoney(String field, String amount) {
        return money(field, amount).orElseThrow(() -> DomainException.invalidField(field,
                ErrorCode.WALLET_AMOUNT_INVALID, field + " is required"));
    }

    public static Optional<LedgerReason> reason(String text) {
        return named("reason", text, LedgerReason.values(), ErrorCode.WALLET_REASON_INVALID);
    }

    public static Optional<Asset> asset(String text) {
        return named("asset", text, Asset.values(), ErrorCode.VALIDATION_FAILED);
    }

    /** The id of an entry to correct; a malformed one is an entry that does not exist. */
    public static Optional<UUID> entryId(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field, ErrorCode.WALLET_ENTRY_NOT_FOUND, "No entry " + text);
        }
    }

    /** An ISO 8601 instant such as {@code 2026-06-08T00:00:00Z}. */
    public static Optional<Instant> instant(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(field, ErrorCode.VALIDATION_FAILED,
                    field + " must be an ISO 8601 instant like 2026-06-08T00:00:00Z");
        }
    }

    /** A day such as {@code 2026-06-08}, for statement periods. */
    public static Optional<LocalDate> date(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(field, ErrorCode.WALLET_STATEMENT_PERIOD_INVALID,
                    field + " must be a date like 2026-06-08");
        }
    }

    public static RepaymentMethod repaymentMethod(String text) {
        return named("method", text, RepaymentMethod.values(), ErrorCode.WALLET_REPAYMENT_METHOD_INVALID)
                .orElseThrow(() -> DomainException.invalidField("method", ErrorCode.WALLET_REPAYMENT_METHOD_INVALID,
                        "method is required"));
    }

    /** A history filter from query parameters. */
    public static LedgerFilter filter(String asset, String reason, String from, String to) {
        return new LedgerFilter(asset(asset), reason(reason), instant("from", from), instant("to", to));
    }

    private static <E extends Enum<E>> Optional<E> named(String field, String text, E[] values, ErrorCode code) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(values).filter(v -> v.name().equals(text.strip())).findFirst()
                .orElseThrow(() -> DomainException.invalidField(field, code,
                        field + " must be one of " + Arrays.toString(values))));
    }
}
