package dev.zhanggui.order;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * What payment terms look at of a customer: orders placed so far and whether a COD order is
 * unsettled. Each fact is looked up when a policy first asks for it (the default policy counts
 * orders only for cash on delivery), then kept.
 */
public final class CustomerHistory {
    private final LongSupplier placed;
    private final BooleanSupplier unsettled;
    private Long ordersPlaced;
    private Boolean unsettledCashOnDelivery;

    public CustomerHistory(long ordersPlaced, boolean unsettledCashOnDelivery) {
        this(() -> ordersPlaced, () -> unsettledCashOnDelivery);
    }

    private CustomerHistory(LongSupplier placed, BooleanSupplier unsettled) {
        this.placed = Objects.requireNonNull(placed);
        this.unsettled = Objects.requireNonNull(unsettled);
    }

    /** The history of a customer as the store knows it, read only as far as a policy asks. */
    public static CustomerHistory lookedUp(LongSupplier ordersPlaced, BooleanSupplier unsettledCashOnDelivery) {
        return new CustomerHistory(ordersPlaced, unsettledCashOnDelivery);
    }

    /** Orders placed and not closed or voided. */
    public long ordersPlaced() {
        if (ordersPlaced == null) {
            ordersPlaced = placed.getAsLong();
        }
        return ordersPlaced;
    }

    /** Whether an earlier cash-on-delivery order is delivered but not yet settled. */
    public boolean unsettledCashOnDelivery() {
        if (unsettledCashOnDelivery == null) {
            unsettledCashOnDelivery = unsettled.getAsBoolean();
        }
        return unsettledCashOnDelivery;
    }

    @Override
    public String toString() {
        return "CustomerHistory[ordersPlaced=" + (ordersPlaced == null ? "?" : ordersPlaced)
                + ", unsettledCashOnDelivery=" + (unsettledCashOnDelivery == null ? "?" : unsettledCashOnDelivery) + "]";
    }
}
