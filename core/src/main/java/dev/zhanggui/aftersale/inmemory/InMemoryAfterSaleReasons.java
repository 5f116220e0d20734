package dev.zhanggui.aftersale.inmemory;

import dev.zhanggui.aftersale.AfterSaleReason;
import dev.zhanggui.aftersale.AfterSaleReasonBook;
import dev.zhanggui.aftersale.AfterSaleReasonSettings;
import dev.zhanggui.aftersale.DefaultAfterSaleReasons;
import dev.zhanggui.shared.MerchantId;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The merchants' own reason lists in memory; a merchant that set none offers the default list. */
public final class InMemoryAfterSaleReasons implements AfterSaleReasonBook {
    private final Map<MerchantId, List<AfterSaleReason>> lists = new HashMap<>();

    @Override
    public synchronized List<AfterSaleReason> of(MerchantId merchant) {
        return lists.getOrDefault(merchant, DefaultAfterSaleReasons.LIST);
    }

    /** Sets a merchant's list: 1 to 30 reasons, unique codes, names of 1 to 30 characters. */
    @Override
    public synchronized void set(MerchantId merchant, List<AfterSaleReason> reasons) {
        lists.put(merchant, AfterSaleReasonSettings.check(reasons));
    }
}
