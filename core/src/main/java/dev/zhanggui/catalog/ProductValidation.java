package dev.zhanggui.catalog;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.Money;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules of a product's fields, collected so that a refusal names every field at fault at
 * once (field names as in the API input, e.g. {@code skus[2].price}).
 */
final class ProductValidation {
    static final int MAX_IMAGES = 20;
    static final int MAX_SPECS = 5;
    static final int MAX_SPEC_VALUES = 50;
    static final int MAX_SKUS = 600;
    private static final Pattern CODE = Pattern.compile("[^\\s\\p{Cntrl}]{1,64}");

    private final List<FieldError> errors = new ArrayList<>();

    void details(ProductDetails d) {
        code("code", d.code(), ErrorCode.PRODUCT_INVALID);
        if (d.name() == null || d.name().isEmpty() || d.name().length() > 200) {
            add("name", ErrorCode.PRODUCT_INVALID, "The name must be 1 to 200 characters");
        }
        d.barcode().ifPresent(b -> code("barcode", b, ErrorCode.PRODUCT_INVALID));
        if (d.images().size() > MAX_IMAGES) {
            add("images", ErrorCode.PRODUCT_INVALID, "At most " + MAX_IMAGES + " images");
        }
        for (int i = 0; i < d.images().size(); i++) {
            if (!isWebUrl(d.images().get(i))) {
                add("images[" + i + "]", ErrorCode.PRODUCT_INVALID, "An image must be an http or https URL");
            }
        }
    }

    void specs(List<Spec> specs) {
        if (specs.size() > MAX_SPECS) {
            add("specs", ErrorCode.PRODUCT_SPECS_INVALID, "At most " + MAX_SPECS + " specs");
        }
        Set<String> names = new HashSet<>();
        long combinations = 1;
        for (int i = 0; i < specs.size(); i++) {
            Spec spec = specs.get(i);
            if (!isLabel(spec.name()) || !names.add(spec.name())) {
                add("specs[" + i + "].name", ErrorCode.PRODUCT_SPECS_INVALID,
                        "A spec name must be 1 to 32 characters and unique");
            }
            Set<String> values = new HashSet<>();
            boolean valid = !spec.values().isEmpty() && spec.values().size() <= MAX_SPEC_VALUES
                    && spec.values().stream().allMatch(v -> isLabel(v) && values.add(v));
            if (!valid) {
                add("specs[" + i + "].values", ErrorCode.PRODUCT_SPECS_INVALID,
                        "A spec needs 1 to " + MAX_SPEC_VALUES + " unique values of 1 to 32 characters");
            }
            combinations *= Math.max(1, spec.values().size());
        }
        if (combinations > MAX_SKUS) {
            add("specs", ErrorCode.PRODUCT_SPECS_INVALID, "The specs make " + combinations
                    + " combinations; at most " + MAX_SKUS + " SKUs");
        }
    }

    void draft(String field, SkuDraft d) {
        d.code().ifPresent(c -> code(field + ".code", c, ErrorCode.SKU_INVALID));
        d.barcode().ifPresent(b -> code(field + ".barcode", b, ErrorCode.SKU_INVALID));
        if (d.listPrice() == null || d.listPrice().isNegative()) {
            add(field + ".listPrice", ErrorCode.SKU_INVALID, "The list price must be 0 or more");
        }
        if (d.price() == null || d.price().isNegative()) {
            add(field + ".price", ErrorCode.SKU_INVALID, "The price must be 0 or more");
        } else if (d.listPrice() != null && !d.price().currency().equals(d.listPrice().currency())) {
            add(field + ".currency", ErrorCode.SKU_INVALID, "The prices of a SKU share one currency");
        }
        if (d.costPrice().filter(Money::isNegative).isPresent()) {
            add(field + ".costPrice", ErrorCode.SKU_INVALID, "The cost price must be 0 or more");
        } else if (d.price() != null && d.costPrice().filter(c -> !c.currency().equals(d.price().currency())).isPresent()) {
            add(field + ".currency", ErrorCode.SKU_INVALID, "The prices of a SKU share one currency");
        }
        if (d.pointsPrice().filter(p -> p.isNegative()).isPresent()) {
            add(field + ".pointsPrice", ErrorCode.SKU_INVALID, "The points price must be 0 or more");
        }
        if (d.weightGrams() < 0) {
            add(field + ".weightGrams", ErrorCode.SKU_INVALID, "The weight must be 0 or more grams");
        }
    }

    void add(String field, ErrorCode code, String message) {
        errors.add(new FieldError(field, code, message));
    }

    /** Throws the collected errors; the code is the first error's. */
    void throwIfAny() {
        if (!errors.isEmpty()) {
            FieldError first = errors.getFirst();
            throw new DomainException(first.code(), first.field() + ": " + first.message(), errors);
        }
    }

    private void code(String field, String value, ErrorCode code) {
        if (value == null || !CODE.matcher(value).matches()) {
            add(field, code, "A code must be 1 to 64 visible characters without spaces");
        }
    }

    private static boolean isLabel(String text) {
        return text != null && !text.isEmpty() && text.length() <= 32;
    }

    private static boolean isWebUrl(String text) {
        if (text == null || text.length() > 1000) {
            return false;
        }
        try {
            URI uri = new URI(text);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
