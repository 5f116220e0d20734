package dev.zhanggui.wallet;

import dev.zhanggui.shared.Allocation;
import dev.zhanggui.shared.Money;

import java.util.List;

/**
 * The default spending order: principal first, then bonus. A partial refund goes back to the
 * sub-balances in proportion to what is still refundable from each (largest remainder to the
 * fen), so a full refund returns each part exactly and partial refunds favour neither.
 */
public final class DefaultSpendingOrderPolicy implements SpendingOrderPolicy {
    @Override
    public BalanceDraw draw(Money amount, Money principal, Money bonus) {
        Money fromPrincipal = amount.min(principal);
        return new BalanceDraw(fromPrincipal, amount.minus(fromPrincipal));
    }

    @Override
    public BalanceDraw refund(Money amount, BalanceDraw refundable) {
        // Each share is at most its weight because amount <= the sum of the weights.
        List<Money> parts = Allocation.splitByAmounts(amount, List.of(refundable.principal(), refundable.bonus()));
        return new BalanceDraw(parts.get(0), parts.get(1));
    }
}
