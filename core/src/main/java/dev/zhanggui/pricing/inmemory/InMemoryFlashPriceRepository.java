package dev.zhanggui.pricing.inmemory;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.FlashPrice;
import dev.zhanggui.pricing.FlashPriceId;
import dev.zhanggui.pricing.FlashPriceRepository;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.inmemory.InMemoryPages;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Time-limited prices in memory; they are immutable values. */
public final class InMemoryFlashPriceRepository implements FlashPriceRepository {
    private final Map<FlashPriceId, FlashPrice> prices = new LinkedHashMap<>();

    @Override
    public synchronized Optional<FlashPrice> find(MerchantId merchant, FlashPriceId id) {
        return Optional.ofNullable(prices.get(id)).filter(p -> p.merchant().equals(merchant));
    }

    @Override
    public synchronized Page<FlashPrice> list(MerchantId merchant, PageRequest page) {
        return InMemoryPages.descending(prices.values().stream().filter(p -> p.merchant().equals(merchant)),
                p -> p.id().toString(), page);
    }

    @Override
    public synchronized List<FlashPrice> running(MerchantId merchant, Collection<SkuId> skus, Instant at) {
        return prices.values().stream().filter(p -> p.merchant().equals(merchant) && skus.contains(p.sku())
                && p.window().contains(at)).toList();
    }

    @Override
    public synchronized void add(FlashPrice price) {
        prices.put(price.id(), price);
    }

    @Override
    public synchronized void update(FlashPrice price) {
        FlashPrice stored = prices.get(price.id());
        if (stored == null || stored.version() != price.version() - 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "Time-limited price " + price.id() + " changed");
        }
        prices.put(price.id(), price);
    }

    @Override
    public synchronized void remove(MerchantId merchant, FlashPriceId id) {
        find(merchant, id).ifPresent(p -> prices.remove(id));
    }
}
