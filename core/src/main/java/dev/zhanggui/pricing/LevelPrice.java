package dev.zhanggui.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

/** A level price (等级会员价): what members of one level pay for one SKU, instead of the level rate. */
public record LevelPrice(MerchantId merchant, MemberLevelId level, SkuId sku, Money price) {
    public LevelPrice {
        if (price == null || price.isNegative()) {
            throw DomainException.invalidField("price", ErrorCode.LEVEL_PRICE_INVALID,
                    "A level price must be zero or more");
        }
    }
}
