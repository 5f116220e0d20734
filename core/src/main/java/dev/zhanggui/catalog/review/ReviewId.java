package dev.zhanggui.catalog.review;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a product review (评价) within a merchant. */
public record ReviewId(UUID value) {
    public ReviewId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    /** Parses an id given by a client; a malformed one is simply an unknown review. */
    public static ReviewId parse(String text) {
        try {
            return new ReviewId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.REVIEW_NOT_FOUND, "No review with id " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
