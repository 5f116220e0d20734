package dev.zhanggui.promotion;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: promotions. */
public interface PromotionRepository {
    Optional<Promotion> find(MerchantId merchant, PromotionId id);

    /** One page of the merchant's promotions, newest first. */
    Page<Promotion> list(MerchantId merchant, PageRequest page);

    /** Enabled promotions whose window contains {@code at}. */
    List<Promotion> running(MerchantId merchant, Instant at);

    void add(Promotion promotion);

    /** Stores a change; refused with VERSION_CONFLICT if the stored version is not the one before it. */
    void update(Promotion promotion);

    void remove(MerchantId merchant, PromotionId id);
}
