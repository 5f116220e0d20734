package dev.zhanggui.aftersale;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;

/**
 * Port: the purchase points (购物积分) an order earned, as the wallet awarded them. The wallet's
 * award of purchase points on completion implements it; until it exists no order earned any, and a
 * refund has nothing to claw back.
 */
public interface OrderPointsAwards {
    /** Points the order earned (zero if none). */
    Points earnedBy(MerchantId merchant, String orderNumber);

    /** No order earns points: the wiring until the wallet awards purchase points. */
    OrderPointsAwards NONE = (merchant, orderNumber) -> Points.zero();
}
