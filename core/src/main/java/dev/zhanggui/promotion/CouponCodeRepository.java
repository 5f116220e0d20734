package dev.zhanggui.promotion;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.Collection;
import java.util.Optional;

/** Port: redemption codes (their redemption counts live in {@link CouponIssuance}). */
public interface CouponCodeRepository {
    Optional<CouponCode> find(MerchantId merchant, String code);

    /** One page of a template's codes, by code. */
    Page<CouponCode> listFor(MerchantId merchant, CouponTemplateId template, PageRequest page);

    /** Adds all codes, or none if one of them is taken already (returns false then). */
    boolean addAll(Collection<CouponCode> codes);
}
