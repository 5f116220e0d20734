package dev.zhanggui.promotion.inmemory;

import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.promotion.GiftPackSettings;
import dev.zhanggui.shared.MerchantId;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Gift pack settings in memory. */
public final class InMemoryGiftPackSettings implements GiftPackSettings {
    private final Map<MerchantId, List<CouponTemplateId>> packs = new ConcurrentHashMap<>();

    @Override
    public List<CouponTemplateId> giftPack(MerchantId merchant) {
        return packs.getOrDefault(merchant, List.of());
    }

    @Override
    public void setGiftPack(MerchantId merchant, List<CouponTemplateId> templates) {
        packs.put(merchant, List.copyOf(templates));
    }
}
