package dev.zhanggui.catalog.review;

import java.time.Instant;

/** A line of a completed order (已完成) that contained the product: what entitles a customer to review it. */
public record CompletedOrderLine(OrderLineId line, Instant completedAt) {
    public CompletedOrderLine {
        if (line == null || completedAt == null) {
            throw new IllegalArgumentException("line and completedAt are required");
        }
    }
}
