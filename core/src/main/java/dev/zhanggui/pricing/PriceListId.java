package dev.zhanggui.pricing;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a price list (价格表) within a merchant. */
public record PriceListId(UUID value) {
    public PriceListId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    public static PriceListId parse(String text) {
        try {
            return new PriceListId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.PRICE_LIST_NOT_FOUND, "No price list with id " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
