package dev.zhanggui.catalog;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a category (分类) within a merchant. */
public record CategoryId(UUID value) {
    public CategoryId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    /** Parses an id given by a client; a malformed one is simply an unknown one. */
    public static CategoryId parse(String text) {
        try {
            return new CategoryId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.CATEGORY_NOT_FOUND, "No such id: " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
