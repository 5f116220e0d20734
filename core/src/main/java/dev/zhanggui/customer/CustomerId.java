package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a customer (会员) within a merchant. */
public record CustomerId(UUID value) {
    public CustomerId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    /** Parses an id given by a client; a malformed one is simply an unknown customer. */
    public static CustomerId parse(String text) {
        try {
            return new CustomerId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.CUSTOMER_NOT_FOUND, "No customer with id " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
