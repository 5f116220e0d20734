package dev.zhanggui.aftersale;

/** Units of one order line (by its index) an after-sales request covers. */
public record AfterSaleLine(int line, int quantity) {
}
