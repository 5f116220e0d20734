package dev.zhanggui.wallet;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a top-up plan (充值方案). */
public record TopUpPlanId(UUID value) {
    public TopUpPlanId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    public static TopUpPlanId parse(String text) {
        try {
            return new TopUpPlanId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.TOPUP_PLAN_NOT_FOUND, "No top-up plan " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
