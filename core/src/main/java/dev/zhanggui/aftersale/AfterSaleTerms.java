package dev.zhanggui.aftersale;

import java.util.Objects;

/**
 * A merchant's after-sales settings (售后设置).
 *
 * @param refundShippingBeforeShipping whether the refund that makes the whole order refunded before
 *                                     anything was shipped gives the shipping back too (default yes)
 * @param restock                      what happens to the stock of returned goods
 */
public record AfterSaleTerms(boolean refundShippingBeforeShipping, ReturnRestock restock) {
    public static final AfterSaleTerms DEFAULT = new AfterSaleTerms(true, ReturnRestock.WHEN_RECEIVED);

    public AfterSaleTerms {
        Objects.requireNonNull(restock, "restock");
    }
}
