package dev.zhanggui.catalog.review;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Policy: which completed order line a new review is for. A merchant could, say, allow reviews
 * only within 90 days of completion; the default allows one review per completed line, forever.
 */
public interface ReviewEligibility {
    /**
     * @param completed the customer's completed lines of the product, oldest first
     * @param reviewed  the lines among them that carry a review already
     * @param requested the line the customer named, if any
     * @return the line to review
     * @throws dev.zhanggui.shared.DomainException {@code REVIEW_NOT_PURCHASED} or {@code REVIEW_ALREADY_REVIEWED}
     */
    OrderLineId lineToReview(List<CompletedOrderLine> completed, Set<OrderLineId> reviewed,
                             Optional<OrderLineId> requested);
}
