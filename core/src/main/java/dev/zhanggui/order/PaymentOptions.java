package dev.zhanggui.order;

import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;

/**
 * How a customer could pay an order of a given total (抵扣预览), before checking out: what the wallet
 * holds, the most points the merchant lets pay this total ({@code pointsUsable}: at most the share
 * of the total the merchant allows and at most what the customer has; none from a frozen wallet),
 * and for the chosen points and balance the split checkout will make: points first, then balance,
 * then what is left for the other tender ({@code due}).
 */
public record PaymentOptions(Points pointsAvailable, Points pointsUsable, Money pointsUsableWorth,
                             Money balanceAvailable, boolean walletFrozen, Points points, Money paidByPoints,
                             Money paidByBalance, Money due) {
}
