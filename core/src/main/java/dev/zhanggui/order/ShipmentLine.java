package dev.zhanggui.order;

/** How many units of one order line (by index) a package holds. */
public record ShipmentLine(int line, int quantity) {
}
