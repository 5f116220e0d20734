package dev.zhanggui.order;

/** What can happen to an order; each is a row (or rows) of the {@link OrderLifecycle} table. */
public enum OrderAction {
    /** A salesperson saved a draft (待提交). */
    SAVE_DRAFT,
    /** The order was placed (checkout, or a submitted draft). */
    PLACE,
    /** The money of the order is all in. */
    PAY,
    /** The customer reported an offline transfer. */
    REPORT_TRANSFER,
    /** The merchant approved the order for shipping (审核). */
    APPROVE,
    /** The merchant changed the price before payment (改价). */
    ADJUST_PRICE,
    /** The shipping address was corrected. */
    CHANGE_ADDRESS,
    /** A package was sent. */
    SHIP,
    /** The customer, or staff for them, confirmed receipt. */
    CONFIRM_RECEIPT,
    /** The system confirmed receipt after the receipt period. */
    AUTO_CONFIRM,
    /** Staff verified the in-store code. */
    VERIFY,
    /** A cash-on-delivery order was settled after delivery. */
    SETTLE_COD,
    /** The system closed an order left unpaid. */
    CLOSE,
    /** The customer cancelled an unpaid order. */
    CANCEL,
    /** The customer asked to cancel a paid order; after-sales refunds it. */
    REQUEST_CANCELLATION,
    /** Staff voided the order (作废). */
    VOID,
    /** After-sales refunded (part of) the order (退款); a refund of every unit before shipping closes it. */
    REFUND,
    /**
     * An online payment arrived when the order could no longer take it (closed, voided, paid
     * otherwise, repriced): it was refunded to the payer; the order stays where it was.
     */
    REFUND_LATE_PAYMENT
}
