package dev.zhanggui.catalog;

/** Why stock changed; every stock movement (库存流水) carries one. Codes are never renamed. */
public enum StockChangeReason {
    /** Staff counted the stock and set it (盘点). */
    MANUAL_SET,
    /** Staff added or removed stock by hand. */
    MANUAL_ADJUST,
    /** Goods arrived (入库). */
    RECEIVED,
    /** Goods were damaged or lost (报损). */
    DAMAGED,
    /** A mistake in an earlier entry is corrected. */
    CORRECTION,
    /** A spreadsheet import set the stock (商品导入). */
    IMPORT,
    /** An order took the goods (下单减库存). */
    ORDER_PLACED,
    /** An order closed or voided before shipping gave them back. */
    ORDER_RELEASED;

    /** Reasons only orders write; staff cannot change stock under them. */
    public boolean isByOrder() {
        return this == ORDER_PLACED || this == ORDER_RELEASED;
    }
}
