package dev.zhanggui.pricing;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a time-limited price (限时购). */
public record FlashPriceId(UUID value) {
    public FlashPriceId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    public static FlashPriceId parse(String text) {
        try {
            return new FlashPriceId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.FLASH_PRICE_NOT_FOUND, "No time-limited price with id " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
