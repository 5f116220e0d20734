package dev.zhanggui.aftersale;

import dev.zhanggui.shared.MerchantId;

import java.util.List;
import java.util.Optional;

/** Port: the after-sales reasons a merchant offers, in the order shown to customers. */
public interface AfterSaleReasons {
    List<AfterSaleReason> of(MerchantId merchant);

    default Optional<AfterSaleReason> find(MerchantId merchant, String code) {
        return of(merchant).stream().filter(r -> r.code().equals(code)).findFirst();
    }
}
