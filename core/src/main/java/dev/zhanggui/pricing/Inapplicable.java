package dev.zhanggui.pricing;

import dev.zhanggui.shared.Money;

import java.util.Optional;

/** A coupon, promotion or time-limited price that did not apply, why, and what is missing if spend is. */
public record Inapplicable(Subject subject, String id, InapplicableReason reason, Optional<Money> missing) {
    public enum Subject { COUPON, PROMOTION, FLASH_PRICE }
}
