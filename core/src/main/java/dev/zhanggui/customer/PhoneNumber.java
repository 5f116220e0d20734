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

    @Override
    public String toString() {
        return value;
    }
}
