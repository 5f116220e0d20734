package dev.zhanggui.customer;

import dev.zhanggui.shared.MerchantId;

/** Port: a customer's points standing, answered by the wallet (积分); none means zero points. */
public interface PointsStandings {
    PointsStanding standingOf(MerchantId merchant, CustomerId customer);
}
