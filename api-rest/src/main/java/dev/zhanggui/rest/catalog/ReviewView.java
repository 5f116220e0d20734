package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.review.Moderation;
import dev.zhanggui.catalog.review.OrderLineId;
import dev.zhanggui.catalog.review.RatingSummary;
import dev.zhanggui.catalog.review.Review;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A product review (评价) as the API shows it. The reviewer is named masked (张**, 138****0001);
 * who wrote it (customerId), the order line and why it is hidden only staff and the author see.
 */
@Schema(name = "Review")
public record ReviewView(String id, String productId,
                         @Schema(description = "Staff only", nullable = true) String customerId,
                         @Schema(description = "Staff and the author only", nullable = true) String orderLineId,
                         @Schema(example = "138****0001") String reviewer,
                         @Schema(minimum = "1", maximum = "5") int rating, String text, List<String> images,
                         Instant createdAt, boolean hidden,
                         @Schema(description = "Staff and the author only", nullable = true) String hiddenReason,
                         @Schema(nullable = true) Reply reply) {

    /** As the storefront sees it: nobody's ids. */
    static ReviewView publicly(Review r) {
        return of(r, false, false);
    }

    /** As its author sees it. */
    static ReviewView forAuthor(Review r) {
        return of(r, false, true);
    }

    static ReviewView forStaff(Review r) {
        return of(r, true, true);
    }

    private static ReviewView of(Review r, boolean staff, boolean author) {
        boolean privy = staff || author;
        return new ReviewView(r.id().toString(), r.product().toString(), staff ? r.customer().toString() : null,
                privy ? r.orderLine().map(OrderLineId::toString).orElse(null) : null, r.reviewerName(),
                r.content().rating(), r.content().text(), r.content().images(), r.createdAt(), !r.isVisible(),
                privy ? r.hidden().map(Moderation::reason).orElse(null) : null,
                r.reply().map(a -> new Reply(a.text(), a.at())).orElse(null));
    }

    /** The merchant's answer (商家回复). */
    @Schema(name = "ReviewReply")
    public record Reply(String text, Instant at) {
    }

    /** The stars of a product's visible reviews. */
    @Schema(name = "RatingSummary")
    public record Summary(long count, @Schema(example = "4.5", description = "Rounded half up to one decimal; 0.0 without reviews") BigDecimal average,
                          @Schema(description = "Counts of 1, 2, 3, 4 and 5 stars") List<Long> perStar) {
        static Summary of(RatingSummary s) {
            return new Summary(s.count(), s.average(), s.perStar());
        }
    }

    /** A customer's review of a product they bought. */
    @Schema(name = "NewReviewInput")
    public record NewReviewInput(@Schema(required = true, minimum = "1", maximum = "5") Integer rating,
                                 @Schema(description = "Plain text, at most 500 characters; tags are removed") String text,
                                 @Schema(description = "At most 9 https URLs") List<String> images,
                                 @Schema(description = "The completed order line reviewed; by default the oldest one not yet reviewed")
                                 String orderLineId) {
    }

    /** Why staff hide a review. */
    @Schema(name = "HideReviewInput")
    public record HideInput(@Schema(required = true, maxLength = 200) String reason) {
    }

    @Schema(name = "ReplyToReviewInput")
    public record ReplyInput(@Schema(required = true, maxLength = 500) String text) {
    }
}
