package dev.zhanggui.order;

import dev.zhanggui.shared.MerchantId;

import java.time.Instant;

/** How order numbers are made (订单号); a merchant or integrator may want their own scheme. */
public interface OrderNumberPolicy {
    String next(MerchantId merchant, Instant now);
}
