package dev.zhanggui.aftersale;

/** What the customer asks for (售后类型). There is no exchange (换货): the mall offers none (003). */
public enum AfterSaleType {
    /** 仅退款: money back, no goods sent back (not shipped yet, or a parcel the merchant intercepts). */
    REFUND_ONLY,
    /** 退货退款: the goods go back to the merchant, then the money back. */
    RETURN_AND_REFUND
}
