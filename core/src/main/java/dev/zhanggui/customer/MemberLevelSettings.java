package dev.zhanggui.customer;

import dev.zhanggui.shared.MerchantId;

/** Port: the merchant's member level setting; a merchant that never chose gets lifetime earned points. */
public interface MemberLevelSettings {
    LevelBasis basis(MerchantId merchant);

    void setBasis(MerchantId merchant, LevelBasis basis);
}
