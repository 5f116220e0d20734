package dev.zhanggui.shared;

import java.util.regex.Pattern;

/** The tenant: a merchant (商家) and everything it owns. A short slug such as {@code demo}. */
public record MerchantId(String value) {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{0,62}");

    public MerchantId {
        if (value == null || !SLUG.matcher(value).matches()) {
            throw new DomainException(ErrorCode.MERCHANT_UNKNOWN, "Not a merchant id: " + value);
        }
    }

    public static MerchantId of(String value) {
        return new MerchantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
