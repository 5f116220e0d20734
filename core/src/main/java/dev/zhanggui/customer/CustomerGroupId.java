package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a customer group (客户分组) within a merchant. */
public record CustomerGroupId(UUID value) {
    public CustomerGroupId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    public static CustomerGroupId parse(String text) {
        try {
            return new CustomerGroupId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.CUSTOMER_GROUP_NOT_FOUND, "No customer group with id " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
