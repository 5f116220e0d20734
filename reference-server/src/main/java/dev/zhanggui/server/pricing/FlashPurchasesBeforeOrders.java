package dev.zhanggui.server.pricing;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.FlashPriceId;
import dev.zhanggui.pricing.FlashPurchases;
import dev.zhanggui.shared.MerchantId;

/**
 * How many items a customer bought at a time-limited price, until orders exist: nothing can have
 * been bought yet, so the answer is zero and only the cart's own quantity counts against a cap.
 * The orders issue replaces this with a count over paid order lines.
 */
public class FlashPurchasesBeforeOrders implements FlashPurchases {
    @Override
    public int quantityBought(MerchantId merchant, CustomerId customer, FlashPriceId flashPrice) {
        return 0;
    }
}
