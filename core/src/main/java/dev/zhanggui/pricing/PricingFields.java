package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.promotion.CouponId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Reads pricing inputs as both APIs receive them (text) into domain values, refusing bad ones with
 * a stable code and the field at fault, so REST and GraphQL answer a bad cart the same way.
 */
public final class PricingFields {
    /** Plain decimal notation only: an exponent such as {@code 1e999999999} would cost a huge number. */
    private static final Pattern DECIMAL = Pattern.compile("\\d{1,15}(\\.\\d{1,10})?");

    private PricingFields() {
    }

    /** A cart line as an API receives it. */
    public record LineText(String sku, Integer quantity, String store) {
    }

    /**
     * A quote request: {@code coupon} is {@code BEST} (the default), {@code NONE} or a coupon id;
     * {@code delivery} {@code EXPRESS} (the default) or {@code PICKUP}. Every fault is reported at
     * once as a field error of {@code QUOTE_INVALID}.
     */
    public static QuoteRequest quoteRequest(List<LineText> lines, String customer, String coupon, String delivery,
                                            String carrier, String provinceCode, String provinceName) {
        List<FieldError> errors = new ArrayList<>();
        List<CartLine> cart = new ArrayList<>();
        if (lines == null || lines.isEmpty() || lines.size() > QuoteCalculator.MAX_LINES) {
            errors.add(new FieldError("lines", ErrorCode.QUOTE_INVALID,
                    "A cart has 1 to " + QuoteCalculator.MAX_LINES + " lines"));
        } else {
            for (int i = 0; i < lines.size(); i++) {
                LineText line = lines.get(i);
                String at = "lines[" + i + "]";
                if (line == null) {
                    errors.add(new FieldError(at, ErrorCode.QUOTE_INVALID, "A line is required"));
                    continue;
                }
                Optional<UUID> sku = uuid(line.sku());
                if (sku.isEmpty()) {
                    errors.add(new FieldError(at + ".sku", ErrorCode.SKU_NOT_FOUND, "No SKU with id " + line.sku()));
                }
                if (line.quantity() == null || line.quantity() < 1 || line.quantity() > QuoteCalculator.MAX_QUANTITY) {
                    errors.add(new FieldError(at + ".quantity", ErrorCode.QUOTE_INVALID,
                            "A quantity is 1 to " + QuoteCalculator.MAX_QUANTITY));
                }
                Optional<UUID> store = uuid(line.store());
                if (blank(line.store()) == null || store.isPresent()) {
                    sku.ifPresent(s -> {
                        if (line.quantity() != null) {
                            cart.add(new CartLine(new SkuId(s), line.quantity(), store.map(StoreId::new)));
                        }
                    });
                } else {
                    errors.add(new FieldError(at + ".store", ErrorCode.STORE_NOT_FOUND, "No store with id " + line.store()));
                }
            }
        }
        Optional<CustomerId> forCustomer = Optional.empty();
        if (blank(customer) != null) {
            forCustomer = uuid(customer).map(CustomerId::new);
            if (forCustomer.isEmpty()) {
                errors.add(new FieldError("customer", ErrorCode.CUSTOMER_NOT_FOUND, "No customer with id " + customer));
            }
        }
        CouponChoice choice = CouponChoice.BEST;
        String couponText = blank(coupon);
        if (couponText != null && couponText.equalsIgnoreCase("NONE")) {
            choice = CouponChoice.NONE;
        } else if (couponText != null && !couponText.equalsIgnoreCase("BEST")) {
            Optional<UUID> id = uuid(couponText);
            if (id.isEmpty()) {
                errors.add(new FieldError("coupon", ErrorCode.QUOTE_INVALID,
                        "coupon is BEST, NONE or the id of a coupon you hold"));
            } else {
                choice = new CouponChoice.Specific(new CouponId(id.get()));
            }
        }
        DeliveryMethod method = DeliveryMethod.EXPRESS;
        if (blank(delivery) != null) {
            try {
                method = DeliveryMethod.valueOf(delivery.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("delivery", ErrorCode.QUOTE_INVALID, "delivery is EXPRESS or PICKUP"));
            }
        }
        Optional<CarrierId> carrierId = Optional.empty();
        if (blank(carrier) != null) {
            carrierId = uuid(carrier).map(CarrierId::new);
            if (carrierId.isEmpty()) {
                errors.add(new FieldError("carrier", ErrorCode.CARRIER_NOT_FOUND, "No carrier with id " + carrier));
            }
        }
        if (!errors.isEmpty()) {
            throw new DomainException(ErrorCode.QUOTE_INVALID, "The cart cannot be quoted", errors);
        }
        Optional<ShippingRegion> region = blank(provinceCode) == null && blank(provinceName) == null
                ? Optional.empty() : Optional.of(ShippingRegion.of(provinceCode, provinceName));
        return new QuoteRequest(cart, forCustomer, choice, method, carrierId, region);
    }

    /** An amount in yuan such as {@code "99.50"}, zero or more; absent or blank is empty. */
    public static Optional<Money> money(String field, String amount, ErrorCode invalid) {
        if (amount == null || amount.isBlank()) {
            return Optional.empty();
        }
        if (!DECIMAL.matcher(amount.strip()).matches()) {
            throw DomainException.invalidField(field, invalid,
                    field + " must be a decimal amount in yuan with at most two decimals, like \"99.50\"");
        }
        try {
            return Optional.of(Money.of(amount.strip()));
        } catch (ArithmeticException | NumberFormatException e) {
            throw DomainException.invalidField(field, invalid,
                    field + " must be a decimal amount in yuan with at most two decimals, like \"99.50\"");
        }
    }

    public static Money requiredMoney(String field, String amount, ErrorCode invalid) {
        return money(field, amount, invalid).orElseThrow(() ->
                DomainException.invalidField(field, invalid, field + " is required"));
    }

    /** An ISO 8601 instant such as {@code 2026-06-08T00:00:00Z}; absent or blank is empty. */
    public static Optional<Instant> instant(String field, String text, ErrorCode invalid) {
        if (blank(text) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Instant.parse(text.strip()));
        } catch (DateTimeParseException e) {
            throw DomainException.invalidField(field, invalid,
                    field + " must be an ISO 8601 instant like 2026-06-08T00:00:00Z");
        }
    }

    private static Optional<UUID> uuid(String text) {
        if (blank(text) == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
