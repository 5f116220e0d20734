package dev.zhanggui.promotion;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Port: coupon templates (their issued counts live in {@link CouponIssuance}). */
public interface CouponTemplateRepository {
    Optional<CouponTemplate> find(MerchantId merchant, CouponTemplateId id);

    Map<CouponTemplateId, CouponTemplate> findAll(MerchantId merchant, Collection<CouponTemplateId> ids);

    /** One page of the merchant's coupon templates, newest first. */
    Page<CouponTemplate> list(MerchantId merchant, PageRequest page);

    void add(CouponTemplate template);

    /** Stores a change; refused with VERSION_CONFLICT if the stored version is not the one before it. */
    void update(CouponTemplate template);
}
