package dev.zhanggui.catalog.review;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.time.Instant;

/** The merchant's answer under a review (商家回复), shown with it; replying again replaces it. */
public record MerchantReply(String text, Instant at, String by) {
    public static final int MAX_TEXT = 500;

    public MerchantReply {
        text = ReviewContent.plain(text);
        if (text.isEmpty() || text.length() > MAX_TEXT) {
            throw DomainException.invalidField("text", ErrorCode.REVIEW_REPLY_INVALID);
        }
        if (at == null || by == null) {
            throw new IllegalArgumentException("at and by are required");
        }
    }
}
