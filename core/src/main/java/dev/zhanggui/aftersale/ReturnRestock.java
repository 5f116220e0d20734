package dev.zhanggui.aftersale;

/** What happens to the stock of returned goods (退货入库). */
public enum ReturnRestock {
    /** Back to stock when staff mark the return received (or agree to refund an intercepted parcel). */
    WHEN_RECEIVED,
    /** Never back to stock automatically, e.g. perishable goods; staff adjust stock by hand if at all. */
    NEVER
}
