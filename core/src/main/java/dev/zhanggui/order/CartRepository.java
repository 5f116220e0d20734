package dev.zhanggui.order;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;

import java.util.Optional;

/** Port: one cart per customer. {@link #save} is conditional on the version read (VERSION_CONFLICT otherwise). */
public interface CartRepository {
    Optional<Cart> find(MerchantId merchant, CustomerId customer);

    void save(Cart cart, long expectedVersion);
}
