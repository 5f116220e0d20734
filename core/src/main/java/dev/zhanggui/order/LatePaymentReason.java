package dev.zhanggui.order;

/**
 * Why an order could not take an online payment that arrived for it: the money is refunded to the
 * payer with this reason (a stable code on the payment's refund and in the order message).
 */
public enum LatePaymentReason {
    /** The order was closed before the money arrived: timed out or cancelled (已关闭). */
    ORDER_CLOSED,
    /** Staff voided the order before the money arrived (已作废). */
    ORDER_VOIDED,
    /** The order was paid already, by another online payment or recorded by staff. */
    ORDER_PAID_OTHERWISE,
    /** The merchant changed the price (改价) after this payment was started: it pays a different amount. */
    ORDER_AMOUNT_CHANGED,
    /** The order is not paid online, or not waiting for payment for another reason. */
    ORDER_NOT_PAYABLE
}
