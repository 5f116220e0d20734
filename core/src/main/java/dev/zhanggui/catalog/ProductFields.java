package dev.zhanggui.catalog;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;

import java.util.Collection;
import java.util.Currency;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Reads the product fields APIs receive as text (amounts, currencies, statuses, sorts, ids), so
 * that REST and GraphQL refuse bad input alike, with the field at fault.
 */
public final class ProductFields {
    private ProductFields() {
    }

    /** An amount such as {@code "99.50"} in the given currency (CNY when absent). */
    public static Money money(String field, String amount, String currency) {
        if (amount == null || amount.isBlank()) {
            throw DomainException.invalidField(field, ErrorCode.SKU_INVALID, field + " is required");
        }
        try {
            return Money.of(amount, currency(field, currency));
        } catch (ArithmeticException | NumberFormatException e) {
            throw DomainException.invalidField(field, ErrorCode.SKU_INVALID,
                    field + " must be a decimal amount with at most the currency's minor digits, like \"99.50\"");
        }
    }

    /** An optional amount: blank or absent is none, anything else must read as {@link #money}. */
    public static Optional<Money> optionalMoney(String field, String amount, String currency) {
        return amount == null || amount.isBlank() ? Optional.empty() : Optional.of(money(field, amount, currency));
    }

    private static Currency currency(String field, String code) {
        if (code == null || code.isBlank()) {
            return Money.CNY;
        }
        try {
            return Currency.getInstance(code.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field.replaceAll("\\w+$", "currency"), ErrorCode.SKU_INVALID,
                    "Not an ISO 4217 currency: " + code);
        }
    }

    public static Optional<ProductStatus> status(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProductStatus.valueOf(text.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field, ErrorCode.PRODUCT_INVALID,
                    "status must be ON_SALE, IN_WAREHOUSE or OFF_SHELF");
        }
    }

    public static ProductSort sort(String text) {
        if (text == null || text.isBlank()) {
            return ProductSort.MERCHANT;
        }
        try {
            return ProductSort.valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("sort", ErrorCode.VALIDATION_FAILED,
                    "sort must be MERCHANT, NEWEST, PRICE_ASC, PRICE_DESC or SALES");
        }
    }

    public static Optional<CategoryId> category(String field, String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(categoryId(field, text));
    }

    public static Set<CategoryId> categories(String field, Collection<String> ids) {
        Set<CategoryId> result = new LinkedHashSet<>();
        if (ids != null) {
            ids.forEach(id -> result.add(categoryId(field, id)));
        }
        return result;
    }

    /** A store id given as a filter; a malformed one is refused with the field at fault. */
    public static Optional<StoreId> store(String field, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new StoreId(UUID.fromString(text.strip())));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField(field, ErrorCode.VALIDATION_FAILED, "Not a store id: " + text);
        }
    }

    private static CategoryId categoryId(String field, String text) {
        try {
            return new CategoryId(UUID.fromString(text.strip()));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalidField(field, ErrorCode.PRODUCT_INVALID, "Not a category id: " + text);
        }
    }

    public static List<Spec> specs(List<Spec> specs) {
        return specs == null ? List.of() : specs;
    }
}
