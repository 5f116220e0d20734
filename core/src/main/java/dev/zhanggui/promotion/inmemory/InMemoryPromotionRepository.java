package dev.zhanggui.promotion.inmemory;

import dev.zhanggui.promotion.Promotion;
import dev.zhanggui.promotion.PromotionId;
import dev.zhanggui.promotion.PromotionRepository;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.inmemory.InMemoryPages;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Promotions in memory; they are immutable values. */
public final class InMemoryPromotionRepository implements PromotionRepository {
    private final Map<PromotionId, Promotion> promotions = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Promotion> find(MerchantId merchant, PromotionId id) {
        return Optional.ofNullable(promotions.get(id)).filter(p -> p.merchant().equals(merchant));
    }

    @Override
    public synchronized Page<Promotion> list(MerchantId merchant, PageRequest page) {
        return InMemoryPages.descending(promotions.values().stream().filter(p -> p.merchant().equals(merchant)),
                p -> p.id().toString(), page);
    }

    @Override
    public synchronized List<Promotion> running(MerchantId merchant, Instant at) {
        return promotions.values().stream().filter(p -> p.merchant().equals(merchant) && p.runsAt(at)).toList();
    }

    @Override
    public synchronized void add(Promotion promotion) {
        promotions.put(promotion.id(), promotion);
    }

    @Override
    public synchronized void update(Promotion promotion) {
        Promotion stored = promotions.get(promotion.id());
        if (stored == null || stored.version() != promotion.version() - 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "Promotion " + promotion.id() + " changed meanwhile");
        }
        promotions.put(promotion.id(), promotion);
    }

    @Override
    public synchronized void remove(MerchantId merchant, PromotionId id) {
        find(merchant, id).ifPresent(p -> promotions.remove(id));
    }
}
