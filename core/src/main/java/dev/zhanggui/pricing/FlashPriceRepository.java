package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: time-limited prices. */
public interface FlashPriceRepository {
    Optional<FlashPrice> find(MerchantId merchant, FlashPriceId id);

    /** One page of the merchant's time-limited prices, newest first. */
    Page<FlashPrice> list(MerchantId merchant, PageRequest page);

    /** The time-limited prices of the given SKUs running at {@code at}. */
    List<FlashPrice> running(MerchantId merchant, Collection<SkuId> skus, Instant at);

    void add(FlashPrice price);

    /** Stores a change; refused with VERSION_CONFLICT if the stored version is not the one before it. */
    void update(FlashPrice price);

    void remove(MerchantId merchant, FlashPriceId id);
}
