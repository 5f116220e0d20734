package dev.zhanggui.catalog;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a product (商品, SPU) within a merchant. */
public record ProductId(UUID value) {
    public ProductId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    /** Parses an id given by a client; a malformed one is simply an unknown one. */
    public static ProductId parse(String text) {
        try {
            return new ProductId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.PRODUCT_NOT_FOUND, "No such id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
