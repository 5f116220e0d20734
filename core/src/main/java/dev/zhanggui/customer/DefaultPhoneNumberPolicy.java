package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.regex.Pattern;

/**
 * Mainland China mobile numbers: eleven digits starting 13 to 19. Spaces and dashes are ignored
 * and a +86 / 0086 country prefix is dropped, so {@code +86 138-0000-0001} becomes
 * {@code 13800000001}.
 */
public final class DefaultPhoneNumberPolicy implements PhoneNumberPolicy {
    private static final Pattern MAINLAND_MOBILE = Pattern.compile("1[3-9]\\d{9}");

    @Override
    public PhoneNumber parse(String text, String field) {
        if (text == null) {
            throw DomainException.invalidField(field, ErrorCode.CUSTOMER_PHONE_INVALID, "A phone number is required");
        }
        String digits = text.strip().replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        } else if (digits.startsWith("0086")) {
            digits = digits.substring(4);
        }
        if (!MAINLAND_MOBILE.matcher(digits).matches()) {
            throw DomainException.invalidField(field, ErrorCode.CUSTOMER_PHONE_INVALID,
                    "'" + text + "' is not a mainland China mobile number (11 digits starting 13-19)");
        }
        return new PhoneNumber(digits);
    }
}
