package dev.zhanggui.wallet;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;

/**
 * What staff set on a top-up plan: its name, what the customer pays, the bonus added (返现, may
 * be zero, never more than the payment) and whether customers are offered it.
 */
public record TopUpPlanDetails(String name, Money amount, Money bonus, boolean active) {
    static final int MAX_NAME = 50;

    /** The details, checked; refused with TOPUP_PLAN_INVALID naming the field. */
    public TopUpPlanDetails checked() {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME) {
            throw DomainException.invalidField("name", ErrorCode.TOPUP_PLAN_INVALID,
                    "The name must be 1 to " + MAX_NAME + " characters");
        }
        if (amount == null || !amount.hasCurrency(Money.CNY) || !amount.isPositive()
                || amount.isGreaterThan(WalletInputs.MAX_AMOUNT)) {
            throw DomainException.invalidField("amount", ErrorCode.TOPUP_PLAN_INVALID,
                    "The amount must be a positive CNY amount of at most " + WalletInputs.MAX_AMOUNT);
        }
        Money extra = bonus == null ? Money.zero() : bonus;
        if (!extra.hasCurrency(Money.CNY) || extra.isNegative() || extra.isGreaterThan(amount)) {
            throw DomainException.invalidField("bonus", ErrorCode.TOPUP_PLAN_INVALID,
                    "The bonus must be zero or more, and at most the amount");
        }
        return new TopUpPlanDetails(trimmed, amount, extra, active);
    }
}
