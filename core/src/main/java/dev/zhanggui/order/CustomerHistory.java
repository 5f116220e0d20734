package dev.zhanggui.order;

/** What payment terms look at of a customer: orders placed so far and whether a COD order is unsettled. */
public record CustomerHistory(long ordersPlaced, boolean unsettledCashOnDelivery) {
}
