package dev.zhanggui.promotion.inmemory;

import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.promotion.CouponTemplateRepository;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.inmemory.InMemoryPages;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Coupon templates in memory; they are immutable values. */
public final class InMemoryCouponTemplateRepository implements CouponTemplateRepository {
    private final Map<CouponTemplateId, CouponTemplate> templates = new LinkedHashMap<>();

    @Override
    public synchronized Optional<CouponTemplate> find(MerchantId merchant, CouponTemplateId id) {
        return Optional.ofNullable(templates.get(id)).filter(t -> t.merchant().equals(merchant));
    }

    @Override
    public synchronized Map<CouponTemplateId, CouponTemplate> findAll(MerchantId merchant,
                                                                     Collection<CouponTemplateId> ids) {
        Map<CouponTemplateId, CouponTemplate> found = new HashMap<>();
        for (CouponTemplateId id : ids) {
            find(merchant, id).ifPresent(t -> found.put(id, t));
        }
        return found;
    }

    @Override
    public synchronized Page<CouponTemplate> list(MerchantId merchant, PageRequest page) {
        return InMemoryPages.descending(templates.values().stream().filter(t -> t.merchant().equals(merchant)),
                t -> t.id().toString(), page);
    }

    @Override
    public synchronized void add(CouponTemplate template) {
        templates.put(template.id(), template);
    }

    @Override
    public synchronized void update(CouponTemplate template) {
        CouponTemplate stored = templates.get(template.id());
        if (stored == null || stored.version() != template.version() - 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "Coupon template " + template.id() + " changed");
        }
        templates.put(template.id(), template);
    }
}
