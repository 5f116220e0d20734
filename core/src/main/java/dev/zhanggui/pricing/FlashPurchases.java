package dev.zhanggui.pricing;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

/** Port: how many items a customer bought already at a time-limited price (answered by orders). */
public interface FlashPurchases {
    int quantityBought(MerchantId merchant, CustomerId customer, FlashPriceId flashPrice);
}
