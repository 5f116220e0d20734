package dev.zhanggui.aftersale;

import dev.zhanggui.shared.MerchantId;

/** Port: a merchant's after-sales terms with their version, read and changed by its admins. */
public interface AfterSaleTermsBook extends AfterSaleSettings {
    /** The merchant's terms, or {@link AfterSaleTerms#DEFAULT} at version 0. */
    StoredAfterSaleTerms stored(MerchantId merchant);

    /**
     * Stores the terms at {@code expectedVersion + 1} if they are still at {@code expectedVersion};
     * false if someone changed them meanwhile.
     */
    boolean save(MerchantId merchant, AfterSaleTerms terms, long expectedVersion);

    @Override
    default AfterSaleTerms of(MerchantId merchant) {
        return stored(merchant).terms();
    }
}
