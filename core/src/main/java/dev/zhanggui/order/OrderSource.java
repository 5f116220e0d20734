package dev.zhanggui.order;

/** Where an order came from (订单来源). */
public enum OrderSource {
    /** The customer ordered in the mobile mall (app, mini-program, official account). */
    MOBILE_MALL,
    /** Staff entered it in the back office (手工下单). */
    MANUAL,
    /** A salesperson ordered for a customer (代客下单 / 业务员下单). */
    SALESPERSON,
    /** The customer scanned goods in a store and paid on the phone (扫码购). */
    SCAN_AND_GO,
    /** A till in a store (收银). */
    POS
}
