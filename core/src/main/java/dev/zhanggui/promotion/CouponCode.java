package dev.zhanggui.promotion;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A code that claims a coupon in the redemption centre (兑换码): a unique code works once
 * ({@code redemptionLimit} 1); a shared code such as {@code WELCOME10} works up to its limit.
 * Codes are case-insensitive and kept upper case.
 */
public record CouponCode(MerchantId merchant, String code, CouponTemplateId template, int redemptionLimit) {
    private static final Pattern FORM = Pattern.compile("[A-Z0-9-]{4,32}");

    public CouponCode {
        code = normalize(code);
        if (redemptionLimit < 1) {
            throw DomainException.invalidField("limit", ErrorCode.COUPON_CODE_INVALID, "A code's limit is 1 or more");
        }
    }

    /** The stored form of a code as a customer types it; refused if it cannot be a code. */
    public static String normalize(String code) {
        String c = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
        if (!FORM.matcher(c).matches()) {
            throw DomainException.invalidField("code", ErrorCode.COUPON_CODE_INVALID);
        }
        return c;
    }

    /** Whether a text is a code in its stored form (upper case), e.g. a page cursor's position. */
    public static boolean wellFormed(String stored) {
        return stored != null && FORM.matcher(stored).matches();
    }

    public boolean shared() {
        return redemptionLimit > 1;
    }
}
