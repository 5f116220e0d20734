package dev.zhanggui.order;

/** How (part of) an order is paid (支付方式). */
public enum TenderType {
    /** The customer's stored-value balance (余额), taken first when asked. */
    BALANCE,
    /** Points at the merchant's rate (积分抵扣). */
    POINTS,
    /** An online payment through the payment gateway (WeChat Pay, Alipay). */
    ONLINE,
    /** Cash on delivery (货到付款): shipped unpaid, settled after delivery. */
    COD,
    /** A bank transfer the customer reports and staff confirm (线下转账). */
    OFFLINE_TRANSFER,
    /** The customer's credit line (授信): the merchant is owed, the order ships. */
    CREDIT,
    /** Cash at the counter, for staff orders (现金). */
    CASH;

    /** Tenders that are taken at checkout from the customer's wallet. */
    public boolean isWallet() {
        return this == BALANCE || this == POINTS || this == CREDIT;
    }

    /** Tenders for the rest of the amount, named by the customer at checkout. */
    public boolean isRest() {
        return this != BALANCE && this != POINTS;
    }

    /** Tenders that let the order ship before the money is in (payment terms). */
    public boolean isDeferred() {
        return this == COD || this == CREDIT;
    }
}
