package dev.zhanggui.rest.order;

import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.InvoiceProfile;
import dev.zhanggui.pricing.PricingFields;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.TimeBound;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Reads the text of order requests and filters into domain values, collecting every fault as a
 * field error so that one answer names them all: {@code 400 ORDER_INVALID} with {@code errors}.
 */
final class OrderFields {
    private final List<FieldError> errors = new ArrayList<>();

    /** An id; a malformed one is a field error with the code of an unknown one (e.g. SKU_NOT_FOUND). */
    <T> Optional<T> id(String field, String text, ErrorCode unknown, Function<UUID, T> type) {
        if (blank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(type.apply(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, unknown, "No such id: " + text));
            return Optional.empty();
        }
    }

    <T> Optional<T> requiredId(String field, String text, ErrorCode unknown, Function<UUID, T> type) {
        if (blank(text)) {
            errors.add(new FieldError(field, ErrorCode.ORDER_INVALID, field + " is required"));
            return Optional.empty();
        }
        return id(field, text, unknown, type);
    }

    /** One of the allowed constants, case-insensitive; absent is the fallback. */
    @SafeVarargs
    final <E extends Enum<E>> E choice(String field, String text, E fallback, E... allowed) {
        if (blank(text)) {
            return fallback;
        }
        String wanted = text.strip().toUpperCase(Locale.ROOT);
        Optional<E> found = Arrays.stream(allowed).filter(e -> e.name().equals(wanted)).findFirst();
        if (found.isEmpty()) {
            errors.add(new FieldError(field, ErrorCode.ORDER_INVALID, field + " is one of "
                    + Arrays.stream(allowed).map(Enum::name).collect(Collectors.joining(", "))));
            return fallback;
        }
        return found.get();
    }

    /** An optional enum value (a filter): any of the type's constants. */
    <E extends Enum<E>> Optional<E> optionalChoice(String field, String text, Class<E> type) {
        return Optional.ofNullable(choice(field, text, null, type.getEnumConstants()));
    }

    Optional<Money> money(String field, String text) {
        return attempt(() -> PricingFields.money(field, text, ErrorCode.ORDER_INVALID)).flatMap(m -> m);
    }

    Optional<LocalDate> date(String field, String text) {
        if (blank(text)) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.strip()));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, ErrorCode.ORDER_INVALID, field + " is a date like 2026-06-08"));
            return Optional.empty();
        }
    }

    /**
     * A filter bound: an ISO instant ({@code 2026-06-08T00:00:00Z}), or a date read in the
     * merchant's zone; a date as {@code from} is the start of that day, as {@code until} the start
     * of the next, so that {@code from=2026-06-01&until=2026-06-30} is all of June.
     */
    Optional<Instant> bound(String field, String text, ZoneId zone, boolean upper) {
        try {
            return TimeBound.parse(text, zone, upper);
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, ErrorCode.ORDER_INVALID, field + TimeBound.EXPECTED));
            return Optional.empty();
        }
    }

    /** Text of at most {@code max} characters, stripped; blank is absent. */
    Optional<String> text(String field, String text, int max) {
        if (blank(text)) {
            return Optional.empty();
        }
        if (text.strip().length() > max) {
            errors.add(new FieldError(field, ErrorCode.ORDER_INVALID, field + " is at most " + max + " characters"));
        }
        return Optional.of(text.strip());
    }

    Optional<AddressDetails> address(String field, OrderInputs.AddressInput input) {
        return input == null ? Optional.empty() : attempt(field, input::toDetails);
    }

    Optional<InvoiceProfile> invoice(String field, OrderInputs.InvoiceInput input) {
        return input == null ? Optional.empty() : attempt(field, input::toProfile);
    }

    void require(boolean condition, String field, ErrorCode code, String message) {
        if (!condition) {
            errors.add(new FieldError(field, code, message));
        }
    }

    /**
     * Throws naming every field at fault, if any: with the first fault's code when it is a
     * validation code (e.g. {@code ORDER_SHIPMENT_INVALID}), else {@code ORDER_INVALID}.
     */
    void check() {
        if (!errors.isEmpty()) {
            String detail = errors.stream().map(f -> f.field() + ": " + f.message()).collect(Collectors.joining("; "));
            ErrorCode first = errors.getFirst().code();
            throw new DomainException(first.kind() == ErrorCode.Kind.INVALID ? first : ErrorCode.ORDER_INVALID, detail,
                    List.copyOf(errors));
        }
    }

    private <T> Optional<T> attempt(Supplier<T> read) {
        return attempt(null, read);
    }

    /** Runs a domain constructor that validates; its field errors are kept under {@code prefix}. */
    private <T> Optional<T> attempt(String prefix, Supplier<T> read) {
        try {
            return Optional.of(read.get());
        } catch (DomainException e) {
            if (e.fieldErrors().isEmpty()) {
                errors.add(new FieldError(prefix == null ? "body" : prefix, e.code(), e.getMessage()));
            }
            e.fieldErrors().forEach(f -> errors.add(new FieldError(
                    prefix == null ? f.field() : prefix + "." + f.field(), f.code(), f.message())));
            return Optional.empty();
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
