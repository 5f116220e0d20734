package dev.zhanggui.aftersale;

/** What can happen to an after-sales request; each is a row (or rows) of {@link AfterSaleTransitions}. */
public enum AfterSaleAction {
    /** The customer asked (申请售后). */
    REQUEST,
    /** The merchant approved with return (通过申请, 需要客户寄回). */
    APPROVE_RETURN,
    /** The customer entered the return's carrier and tracking number (填写退货物流). */
    SUBMIT_RETURN_SHIPMENT,
    /** Staff received the returned goods (确认收到退货). */
    MARK_RETURN_RECEIVED,
    /** The merchant agreed to refund (同意退款): without return, or after receiving it. */
    AGREE_REFUND,
    /** Every destination of the refund succeeded. */
    COMPLETE_REFUND,
    /** The merchant settled offline and recorded it (手动退款). */
    RECORD_MANUAL_REFUND,
    /** The merchant rejected with a reason (驳回). */
    REJECT,
    /** The customer withdrew the request (撤销申请). */
    WITHDRAW
}
