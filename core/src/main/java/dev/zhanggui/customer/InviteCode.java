package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A customer's invite code (邀请码): short, unique within the merchant, shared with friends so that a
 * new customer can name who invited them. Codes are compared in their normal form: letters and
 * digits in upper case, without spaces or hyphens.
 */
public record InviteCode(String value) {
    private static final Pattern NORMAL_FORM = Pattern.compile("[A-Z0-9]{4,16}");

    public InviteCode {
        if (value == null || !NORMAL_FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("an invite code is 4 to 16 upper-case letters and digits");
        }
    }

    /** What a customer typed, in normal form; text that cannot be a code is {@code CUSTOMER_REFERRER_INVALID}. */
    public static InviteCode parse(String text, String field) {
        String normal = text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        if (!NORMAL_FORM.matcher(normal).matches()) {
            throw DomainException.invalidField(field, ErrorCode.CUSTOMER_REFERRER_INVALID,
                    "An invite code is 4 to 16 letters and digits");
        }
        return new InviteCode(normal);
    }

    @Override
    public String toString() {
        return value;
    }
}
