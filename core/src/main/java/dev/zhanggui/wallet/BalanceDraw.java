package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

/**
 * How much of an amount is taken from (or returned to) each sub-balance: principal and bonus.
 * Both parts are zero or positive.
 */
public record BalanceDraw(Money principal, Money bonus) {
    public BalanceDraw {
        if (principal.isNegative() || bonus.isNegative()) {
            throw new IllegalArgumentException("draw parts are never negative");
        }
    }

    public Money total() {
        return principal.plus(bonus);
    }

    public Money part(SubBalance subBalance) {
        return subBalance == SubBalance.PRINCIPAL ? principal : bonus;
    }
}
