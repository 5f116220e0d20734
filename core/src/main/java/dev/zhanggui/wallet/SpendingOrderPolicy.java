package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

/**
 * Policy: how a payment or debit draws on a balance's principal and bonus, and how a partial
 * refund of such a payment goes back to them. Merchants who want bonus spent first (or
 * proportionally) plug in their own.
 */
public interface SpendingOrderPolicy {
    /**
     * The parts to draw for {@code amount}; they must add up to it and stay within what each
     * sub-balance holds. Only called when {@code principal + bonus >= amount}.
     */
    BalanceDraw draw(Money amount, Money principal, Money bonus);

    /**
     * The parts to return for a refund of {@code amount} of a payment of which {@code refundable}
     * is still unrefunded per sub-balance; they must add up to {@code amount} and stay within
     * {@code refundable}. Only called when {@code refundable.total() >= amount}.
     */
    BalanceDraw refund(Money amount, BalanceDraw refundable);
}
