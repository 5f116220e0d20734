package dev.zhanggui.aftersale;

import dev.zhanggui.shared.MerchantId;

import java.util.List;

/** Port: the after-sales reasons a merchant offers, which its admins may replace (售后原因设置). */
public interface AfterSaleReasonBook extends AfterSaleReasons {
    /** Stores the merchant's own list, already checked by {@link AfterSaleReasonSettings#check}. */
    void set(MerchantId merchant, List<AfterSaleReason> reasons);
}
