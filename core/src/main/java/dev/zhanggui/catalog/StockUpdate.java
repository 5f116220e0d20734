package dev.zhanggui.catalog;

/** The outcome of a stock change: the level after it and the movement that records it. */
public record StockUpdate(StockLevel level, StockMovement movement) {
}
