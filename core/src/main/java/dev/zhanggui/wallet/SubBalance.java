package dev.zhanggui.wallet;

/**
 * The two parts of a balance: principal (本金, what the customer paid in, the only part that can be
 * withdrawn) and bonus (赠送金, what a top-up plan or the merchant gave on top).
 */
public enum SubBalance {
    PRINCIPAL, BONUS
}
