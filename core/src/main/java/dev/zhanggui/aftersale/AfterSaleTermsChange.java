package dev.zhanggui.aftersale;

import java.util.Optional;

/** A change of the after-sales terms: the parts given replace the current ones, the others stay. */
public record AfterSaleTermsChange(Optional<Boolean> refundShippingBeforeShipping, Optional<ReturnRestock> restock) {
    public AfterSaleTermsChange {
        refundShippingBeforeShipping = refundShippingBeforeShipping == null ? Optional.empty()
                : refundShippingBeforeShipping;
        restock = restock == null ? Optional.empty() : restock;
    }

    AfterSaleTerms over(AfterSaleTerms current) {
        return new AfterSaleTerms(refundShippingBeforeShipping.orElse(current.refundShippingBeforeShipping()),
                restock.orElse(current.restock()));
    }

    /** The restock named by text, or {@code AFTERSALE_SETTINGS_INVALID} on the field {@code restock}. */
    public static Optional<ReturnRestock> restock(String text) {
        if (text == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ReturnRestock.valueOf(text.strip()));
        } catch (IllegalArgumentException e) {
            throw dev.zhanggui.shared.DomainException.invalidField("restock",
                    dev.zhanggui.shared.ErrorCode.AFTERSALE_SETTINGS_INVALID, "restock is WHEN_RECEIVED or NEVER");
        }
    }
}
