package dev.zhanggui.catalog.review;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/**
 * Identifies one line of a customer's order (订单明细). The order context owns order lines; reviews
 * only keep this id, so that each completed line is reviewed at most once.
 */
public record OrderLineId(UUID value) {
    public OrderLineId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    /** Parses an id given by a client; a malformed one names no purchase of the caller. */
    public static OrderLineId parse(String text) {
        try {
            return new OrderLineId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw DomainException.invalidField("orderLineId", ErrorCode.REVIEW_NOT_PURCHASED,
                    "No completed order line " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
