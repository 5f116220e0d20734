package dev.zhanggui.aftersale;

/** Where an after-sales request stands (售后状态); the moves between them are in {@link AfterSaleTransitions}. */
public enum AfterSaleStatus {
    /** Asked by the customer, waiting for the merchant's review (待处理). */
    REQUESTED,
    /** Approved with return (通过申请): the customer is to send the goods back (待退货). */
    AWAITING_RETURN,
    /** The customer entered the return's carrier and tracking number (退货中). */
    RETURN_SHIPPED,
    /** Staff received the returned goods (已收到退货): to agree to refund or reject. */
    RETURN_RECEIVED,
    /** The merchant agreed to refund (同意退款); some destinations are still pending or failed (退款中). */
    REFUNDING,
    /** Every destination of the refund succeeded (已退款). */
    REFUNDED,
    /** Settled offline and recorded (手动退款); no money moved through the system. */
    MANUALLY_REFUNDED,
    /** Rejected with a reason (已驳回); the customer may apply again. */
    REJECTED,
    /** Withdrawn by the customer (已撤销). */
    WITHDRAWN;

    /** Whether nothing more happens to the request; the lines it held are free for a new one. */
    public boolean isFinal() {
        return this == REFUNDED || this == MANUALLY_REFUNDED || this == REJECTED || this == WITHDRAWN;
    }
}
