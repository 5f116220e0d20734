package dev.zhanggui.pricing.inmemory;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.FlashPriceId;
import dev.zhanggui.pricing.FlashPurchases;
import dev.zhanggui.shared.MerchantId;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Quantities bought at time-limited prices, recorded by tests until orders exist. */
public final class InMemoryFlashPurchases implements FlashPurchases {
    private record Key(MerchantId merchant, CustomerId customer, FlashPriceId flashPrice) {
    }

    private final Map<Key, Integer> bought = new ConcurrentHashMap<>();

    @Override
    public int quantityBought(MerchantId merchant, CustomerId customer, FlashPriceId flashPrice) {
        return bought.getOrDefault(new Key(merchant, customer, flashPrice), 0);
    }

    public void record(MerchantId merchant, CustomerId customer, FlashPriceId flashPrice, int quantity) {
        bought.merge(new Key(merchant, customer, flashPrice), quantity, Integer::sum);
    }
}
