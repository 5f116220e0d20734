package dev.zhanggui.catalog.review;

import java.util.Optional;

/** A customer's request to review a product: the content, and optionally which purchase (order line) it is for. */
public record NewReview(ReviewContent content, Optional<OrderLineId> orderLine) {
    public NewReview {
        if (content == null || orderLine == null) {
            throw new IllegalArgumentException("content and orderLine are required");
        }
    }
}
