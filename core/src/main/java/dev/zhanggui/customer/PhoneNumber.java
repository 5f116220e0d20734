package dev.zhanggui.customer;

/**
 * A mobile phone number in its normalized form; it is the customer's account (账号是手机号), unique
 * per merchant. Built only through a {@link PhoneNumberPolicy}, which decides what is valid.
 */
public record PhoneNumber(String value) {
    public PhoneNumber {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("value is required");
        }
    }

    /** The number as shown to other customers: the first three and last four digits (138****0001). */
    public String masked() {
        if (value.length() < 8) {
            return "*".repeat(value.length());
        }
        return value.substring(0, 3) + "****" + value.substring(value.length() - 4);
    }

    @Override
    public String toString() {
        return value;
    }
}
