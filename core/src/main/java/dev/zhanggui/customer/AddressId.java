package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies one address in a customer's address book. */
public record AddressId(UUID value) {
    public AddressId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    public static AddressId parse(String text) {
        try {
            return new AddressId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.CUSTOMER_ADDRESS_NOT_FOUND, "No address with id " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
