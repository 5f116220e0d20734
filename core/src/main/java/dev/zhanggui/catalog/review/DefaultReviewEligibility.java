package dev.zhanggui.catalog.review;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One review per completed order line: a customer who bought the product twice may review it
 * twice. Without a named line, the oldest line not yet reviewed is taken.
 */
public final class DefaultReviewEligibility implements ReviewEligibility {
    @Override
    public OrderLineId lineToReview(List<CompletedOrderLine> completed, Set<OrderLineId> reviewed,
                                    Optional<OrderLineId> requested) {
        List<OrderLineId> lines = completed.stream().map(CompletedOrderLine::line).toList();
        if (requested.isPresent()) {
            OrderLineId line = requested.get();
            if (!lines.contains(line)) {
                throw DomainException.invalidField("orderLineId", ErrorCode.REVIEW_NOT_PURCHASED,
                        "No completed order line " + line + " of this product");
            }
            if (reviewed.contains(line)) {
                throw new DomainException(ErrorCode.REVIEW_ALREADY_REVIEWED, "Order line " + line + " is reviewed already");
            }
            return line;
        }
        if (lines.isEmpty()) {
            throw new DomainException(ErrorCode.REVIEW_NOT_PURCHASED);
        }
        return lines.stream().filter(l -> !reviewed.contains(l)).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.REVIEW_ALREADY_REVIEWED));
    }
}
