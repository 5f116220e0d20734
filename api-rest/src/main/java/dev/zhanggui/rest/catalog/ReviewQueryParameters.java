package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.review.ReviewFilter;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

/**
 * The {@code rating} and {@code withImages} query parameters of review lists, read as text so that
 * a value like {@code rating=abc} is answered 400 with a code rather than 404.
 */
final class ReviewQueryParameters {
    private ReviewQueryParameters() {
    }

    static ReviewFilter filter(String rating, String withImages) {
        Integer stars = null;
        if (rating != null && !rating.isBlank()) {
            try {
                stars = Integer.valueOf(rating.strip());
            } catch (NumberFormatException e) {
                throw DomainException.invalidField("rating", ErrorCode.REVIEW_RATING_INVALID);
            }
        }
        return ReviewFilter.visible(stars, flag("withImages", withImages));
    }

    static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw DomainException.invalidField(name, ErrorCode.VALIDATION_FAILED, name + " must be true or false");
        };
    }
}
