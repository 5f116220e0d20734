package dev.zhanggui.promotion;

import dev.zhanggui.shared.MerchantId;

import java.util.List;

/** Port: the templates of the merchant's new-member gift pack (新人礼包); none unless set. */
public interface GiftPackSettings {
    List<CouponTemplateId> giftPack(MerchantId merchant);

    void setGiftPack(MerchantId merchant, List<CouponTemplateId> templates);
}
