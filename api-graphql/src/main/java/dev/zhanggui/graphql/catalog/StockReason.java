package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.StockChangeReason;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

/**
 * Why stock changed, as a GraphQL enum: the same codes as the core's {@link StockChangeReason}
 * (the core jar is not indexed for the schema, so its enum cannot be published directly).
 */
@Enum("StockChangeReason")
@Description("Why stock changed")
public enum StockReason {
    MANUAL_SET, MANUAL_ADJUST, RECEIVED, DAMAGED, CORRECTION, IMPORT,
    @Description("Taken by an order at checkout (orders only)") ORDER_PLACED,
    @Description("Given back by a closed, cancelled or voided order (orders only)") ORDER_RELEASED;

    StockChangeReason toCore() {
        return StockChangeReason.valueOf(name());
    }

    static StockReason of(StockChangeReason reason) {
        return valueOf(reason.name());
    }
}
