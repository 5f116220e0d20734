package dev.zhanggui.order.inmemory;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.Cart;
import dev.zhanggui.order.CartRepository;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Carts in memory, as copies. */
public final class InMemoryCartRepository implements CartRepository {
    private record Key(MerchantId merchant, CustomerId customer) {
    }

    private final Map<Key, Cart> carts = new HashMap<>();

    @Override
    public synchronized Optional<Cart> find(MerchantId merchant, CustomerId customer) {
        return Optional.ofNullable(carts.get(new Key(merchant, customer))).map(Cart::copy);
    }

    @Override
    public synchronized void save(Cart cart, long expectedVersion) {
        Key key = new Key(cart.merchant(), cart.customer());
        long current = carts.containsKey(key) ? carts.get(key).version() : 0;
        if (current != expectedVersion) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The cart changed meanwhile");
        }
        carts.put(key, cart.copy());
    }
}
