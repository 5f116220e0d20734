package dev.zhanggui.order.inmemory;

import dev.zhanggui.order.OrderSequence;
import dev.zhanggui.shared.MerchantId;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The daily order-number counters in memory, one per merchant and day. */
public final class InMemoryOrderSequence implements OrderSequence {
    private record Key(MerchantId merchant, LocalDate day) {
    }

    private final Map<Key, Long> counters = new ConcurrentHashMap<>();

    @Override
    public long next(MerchantId merchant, LocalDate day) {
        return counters.merge(new Key(merchant, day), 1L, Long::sum);
    }
}
