package dev.zhanggui.order;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies an order (订单) within a merchant; customers and staff see its number as well. */
public record OrderId(UUID value) {
    public OrderId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    /** Parses an id given by a client; a malformed one is simply an unknown order. */
    public static OrderId parse(String text) {
        try {
            return new OrderId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.ORDER_NOT_FOUND, "No order with id " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
