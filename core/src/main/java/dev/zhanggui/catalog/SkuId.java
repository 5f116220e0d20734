package dev.zhanggui.catalog;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a SKU, one combination of a product's spec values within a merchant. */
public record SkuId(UUID value) {
    public SkuId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    /** Parses an id given by a client; a malformed one is simply an unknown one. */
    public static SkuId parse(String text) {
        try {
            return new SkuId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.SKU_NOT_FOUND, "No such id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
