package dev.zhanggui.aftersale.inmemory;

import dev.zhanggui.aftersale.AfterSaleReason;
import dev.zhanggui.aftersale.AfterSaleReasons;
import dev.zhanggui.aftersale.DefaultAfterSaleReasons;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The merchants' own reason lists in memory; a merchant that set none offers the default list. */
public final class InMemoryAfterSaleReasons implements AfterSaleReasons {
    private final Map<MerchantId, List<AfterSaleReason>> lists = new HashMap<>();

    @Override
    public synchronized List<AfterSaleReason> of(MerchantId merchant) {
        return lists.getOrDefault(merchant, DefaultAfterSaleReasons.LIST);
    }

    /** Sets a merchant's list: 1 to 30 reasons, unique codes, names of 1 to 30 characters. */
    public synchronized void set(MerchantId merchant, List<AfterSaleReason> reasons) {
        boolean valid = reasons != null && !reasons.isEmpty() && reasons.size() <= 30
                && reasons.stream().allMatch(r -> r != null && filled(r.code()) && filled(r.name())
                && filled(r.englishName()))
                && new HashSet<>(reasons.stream().map(AfterSaleReason::code).toList()).size() == reasons.size();
        if (!valid) {
            throw DomainException.invalidField("reasons", ErrorCode.AFTERSALE_SETTINGS_INVALID);
        }
        lists.put(merchant, List.copyOf(reasons));
    }

    private static boolean filled(String text) {
        return text != null && !text.isBlank() && text.length() <= 30;
    }
}
