package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

/**
 * A merchant's wallet settings (钱包设置): the smallest withdrawal (提现), whether customers may
 * transfer balance to each other (余额转让), and whether points expire by year end. Stored per
 * merchant with a version; a merchant that never saved any has the server's configured defaults
 * (version 0).
 */
public record MerchantWalletSettings(Money withdrawalMinimum, boolean transfersEnabled, boolean pointsExpire,
                                     long version) {
    /** The largest minimum a merchant may set for withdrawals. */
    public static final Money MAX_WITHDRAWAL_MINIMUM = Money.of("100000.00");

    public WithdrawalSettings withdrawal() {
        return new WithdrawalSettings(withdrawalMinimum);
    }
}
