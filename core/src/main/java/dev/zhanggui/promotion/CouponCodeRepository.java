package dev.zhanggui.promotion;

import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Port: redemption codes (their redemption counts live in {@link CouponIssuance}). */
public interface CouponCodeRepository {
    Optional<CouponCode> find(MerchantId merchant, String code);

    List<CouponCode> listFor(MerchantId merchant, CouponTemplateId template);

    /** Adds all codes, or none if one of them is taken already (returns false then). */
    boolean addAll(Collection<CouponCode> codes);
}
