package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.review.Moderation;
import dev.zhanggui.catalog.review.OrderLineId;
import dev.zhanggui.catalog.review.RatingSummary;
import dev.zhanggui.catalog.review.Review;
import dev.zhanggui.graphql.shared.PageInfo;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.shared.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The GraphQL types, inputs and payloads of product reviews (评价). */
public final class ReviewTypes {
    private ReviewTypes() {
    }

    @Type("Review")
    @Description("A customer's review of a product they bought; the reviewer is named masked (张**, 138****0001)."
            + " customerId, orderLineId and hiddenReason are given to staff (and the latter two to the author) only.")
    public record ReviewNode(@NonNull @Id String id, @NonNull @Id String productId, @Id String customerId,
                             @Id String orderLineId, @NonNull String reviewer, @NonNull int rating,
                             @NonNull String text, @NonNull List<@NonNull String> images, @NonNull Instant createdAt,
                             @NonNull boolean hidden, String hiddenReason, ReviewReplyNode reply) {
        static ReviewNode publicly(Review r) {
            return of(r, false, false);
        }

        static ReviewNode forAuthor(Review r) {
            return of(r, false, true);
        }

        static ReviewNode forStaff(Review r) {
            return of(r, true, true);
        }

        private static ReviewNode of(Review r, boolean staff, boolean author) {
            boolean privy = staff || author;
            return new ReviewNode(r.id().toString(), r.product().toString(), staff ? r.customer().toString() : null,
                    privy ? r.orderLine().map(OrderLineId::toString).orElse(null) : null, r.reviewerName(),
                    r.content().rating(), r.content().text(), r.content().images(), r.createdAt(), !r.isVisible(),
                    privy ? r.hidden().map(Moderation::reason).orElse(null) : null,
                    r.reply().map(a -> new ReviewReplyNode(a.text(), a.at())).orElse(null));
        }
    }

    @Type("ReviewReply")
    @Description("The merchant's answer (商家回复)")
    public record ReviewReplyNode(@NonNull String text, @NonNull Instant at) {
    }

    @Type("RatingSummary")
    @Description("The stars of a product's visible reviews")
    public record RatingSummaryNode(@NonNull long count,
                                    @NonNull @Description("Rounded half up to one decimal, e.g. \"4.5\"; \"0.0\" without reviews") String average,
                                    @NonNull @Description("Counts of 1, 2, 3, 4 and 5 stars") List<@NonNull Long> perStar) {
        static RatingSummaryNode of(RatingSummary s) {
            return new RatingSummaryNode(s.count(), s.average().toPlainString(), s.perStar());
        }
    }

    @Type("ReviewEdge")
    public record ReviewEdge(@NonNull String cursor, @NonNull ReviewNode node) {
    }

    @Type("ReviewConnection")
    public record ReviewConnection(@NonNull List<@NonNull ReviewEdge> edges, @NonNull PageInfo pageInfo) {
        static ReviewConnection of(Page<Review> page, Function<Review, ReviewNode> view) {
            List<ReviewEdge> edges = new ArrayList<>();
            for (int i = 0; i < page.items().size(); i++) {
                edges.add(new ReviewEdge(page.cursors().get(i), view.apply(page.items().get(i))));
            }
            return new ReviewConnection(edges, new PageInfo(page.next().isPresent(),
                    page.cursors().isEmpty() ? null : page.cursors().getLast()));
        }
    }

    @Input("ReviewFilter")
    @Description("Only reviews with this many stars, only those with pictures (有图)")
    public record ReviewFilterInput(Integer rating, Boolean withImages) {
    }

    @Input("ReviewProductInput")
    @Description("A review of a product you bought; without orderLineId the oldest completed order line not yet"
            + " reviewed is taken")
    public record ReviewProductInput(@NonNull @Id String productId, @NonNull int rating,
                                     @Description("Plain text, at most 500 characters; tags are removed") String text,
                                     @Description("At most 9 https URLs") List<@NonNull String> images,
                                     @Id String orderLineId) {
    }

    @Type("ReviewPayload")
    public record ReviewPayload(ReviewNode review, @NonNull List<@NonNull UserError> errors) implements Payload {
        static ReviewPayload refused(List<UserError> errors) {
            return new ReviewPayload(null, errors);
        }
    }

    @Type("DeleteReviewPayload")
    public record DeleteReviewPayload(@Id String deletedId, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static DeleteReviewPayload refused(List<UserError> errors) {
            return new DeleteReviewPayload(null, errors);
        }
    }
}
