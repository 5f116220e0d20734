package dev.zhanggui.customer;

import dev.zhanggui.shared.MerchantId;

/**
 * Port: whether a customer has placed an order yet (closed and voided orders aside), answered by
 * the order context. The inviter can only be named before the first order.
 */
public interface CustomerOrderHistory {
    /** For embedders without orders: nobody has ordered. */
    CustomerOrderHistory NONE = (merchant, customer) -> false;

    boolean hasPlacedOrder(MerchantId merchant, CustomerId customer);
}
