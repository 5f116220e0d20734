package dev.zhanggui.order;

/** Where an order stands (订单状态); the moves between them are in {@link OrderLifecycle}. */
public enum OrderStatus {
    /** A salesperson's draft, not submitted yet (待提交). */
    DRAFT,
    /** Waiting for the customer's payment (待付款). */
    PENDING_PAYMENT,
    /** Waiting for the merchant's review before shipping (待审核), when the merchant reviews orders. */
    PENDING_REVIEW,
    /** Paid, or on terms (cash on delivery, credit): to be shipped or picked up (待发货). */
    TO_SHIP,
    /** Every package is on its way: to be received (待收货). */
    SHIPPED,
    /** Received or verified in store (已完成). */
    COMPLETED,
    /** Cancelled or timed out before payment (已关闭). */
    CLOSED,
    /** Voided by the merchant (已作废). */
    VOIDED,
    /** Cancellation asked after payment; after-sales refunds it (取消中). */
    CANCELLING;

    /** Whether nothing more happens to the order in this status (after-sales aside). */
    public boolean isFinal() {
        return this == COMPLETED || this == CLOSED || this == VOIDED;
    }
}
