package dev.zhanggui.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * A request for one page of a list, by cursor: at most {@code limit} items after the item the
 * cursor points to. Cursors are opaque to clients: Base64url of a position the repository chose.
 */
public record PageRequest(int limit, Optional<String> after) {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public PageRequest {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw DomainException.invalidField("limit", ErrorCode.PAGE_LIMIT_INVALID,
                    "limit must be between 1 and " + MAX_LIMIT + ", was " + limit);
        }
        after = after == null ? Optional.empty() : after.filter(s -> !s.isBlank());
    }

    /** From API parameters: a missing limit means the default. */
    public static PageRequest of(Integer limit, String after) {
        return new PageRequest(limit == null ? DEFAULT_LIMIT : limit, Optional.ofNullable(after));
    }

    public static PageRequest first(int limit) {
        return new PageRequest(limit, Optional.empty());
    }

    public static String encodeCursor(String position) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(position.getBytes(StandardCharsets.UTF_8));
    }

    /** The decoded position of {@link #after}, refused with {@code PAGE_CURSOR_INVALID} if tampered. */
    public Optional<String> afterPosition() {
        return after.map(cursor -> {
            try {
                return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
            }
        });
    }
}
