package dev.zhanggui.aftersale;

/** Where a part of a refund goes (退款去向, 003: 原路退回). */
public enum RefundDestination {
    /** Back through the payment gateway to WeChat Pay / Alipay; confirmed by the gateway. */
    PAYMENT_GATEWAY,
    /** Back to the balance, to principal and bonus as they were spent. */
    BALANCE,
    /** Back to the points ledger, in whole points. */
    POINTS,
    /** Credit in use goes down (授信). */
    CREDIT,
    /** Settled outside the system and only recorded: cash on delivery, cash, transfers, manual refunds. */
    MANUAL
}
