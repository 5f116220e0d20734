package dev.zhanggui.catalog.review;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.time.Instant;

/** Why, when and by whom staff hid a review from the storefront (屏蔽). */
public record Moderation(String reason, Instant at, String by) {
    public static final int MAX_REASON = 200;

    public Moderation {
        reason = reason == null ? "" : ReviewContent.plain(reason);
        if (reason.isEmpty() || reason.length() > MAX_REASON) {
            throw DomainException.invalidField("reason", ErrorCode.REVIEW_HIDE_REASON_INVALID);
        }
        if (at == null || by == null) {
            throw new IllegalArgumentException("at and by are required");
        }
    }
}
