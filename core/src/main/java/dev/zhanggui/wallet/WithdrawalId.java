package dev.zhanggui.wallet;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.UUID;

/** Identifies a withdrawal (提现申请). */
public record WithdrawalId(UUID value) {
    public WithdrawalId {
        if (value == null) {
            throw new IllegalArgumentException("value is required");
        }
    }

    public static WithdrawalId parse(String text) {
        try {
            return new WithdrawalId(UUID.fromString(text));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new DomainException(ErrorCode.WITHDRAWAL_NOT_FOUND, "No withdrawal " + text);
        }
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
