package dev.zhanggui.promotion;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a promotion (营销活动) within a merchant. */
public record PromotionId(UUID value) {
    public PromotionId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    public static PromotionId parse(String text) {
        try {
            return new PromotionId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.PROMOTION_NOT_FOUND, "No promotion with id " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
