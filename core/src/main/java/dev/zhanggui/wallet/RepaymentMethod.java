package dev.zhanggui.wallet;

/** How a B2B customer settled credit in use (还款方式). Stable names: clients send and filter by them. */
public enum RepaymentMethod {
    /** An offline bank transfer (线下转账) the merchant saw arrive. */
    BANK_TRANSFER,
    CASH,
    WECHAT_PAY,
    ALIPAY,
    /** Anything else; say what in the note. */
    OTHER
}
