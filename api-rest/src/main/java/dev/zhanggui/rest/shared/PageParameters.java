package dev.zhanggui.rest.shared;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.PageRequest;

/**
 * The {@code limit} and {@code after} query parameters of a list. {@code limit} is read as text:
 * bound to an {@code Integer}, a value like {@code abc} would be answered 404 (as Jakarta REST
 * prescribes for unconvertible query parameters) instead of 400 PAGE_LIMIT_INVALID.
 */
public final class PageParameters {
    private PageParameters() {
    }

    public static PageRequest pageRequest(String limit, String after) {
        if (limit == null || limit.isBlank()) {
            return PageRequest.of(null, after);
        }
        try {
            return PageRequest.of(Integer.valueOf(limit.strip()), after);
        } catch (NumberFormatException e) {
            throw DomainException.invalidField("limit", ErrorCode.PAGE_LIMIT_INVALID,
                    "limit must be a whole number between 1 and " + PageRequest.MAX_LIMIT);
        }
    }
}
