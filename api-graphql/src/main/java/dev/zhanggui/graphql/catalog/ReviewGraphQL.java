package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.review.NewReview;
import dev.zhanggui.catalog.review.OrderLineId;
import dev.zhanggui.catalog.review.Review;
import dev.zhanggui.catalog.review.ReviewContent;
import dev.zhanggui.catalog.review.ReviewFilter;
import dev.zhanggui.catalog.review.ReviewId;
import dev.zhanggui.catalog.review.ReviewService;
import dev.zhanggui.graphql.catalog.ReviewTypes.DeleteReviewPayload;
import dev.zhanggui.graphql.catalog.ReviewTypes.RatingSummaryNode;
import dev.zhanggui.graphql.catalog.ReviewTypes.ReviewConnection;
import dev.zhanggui.graphql.catalog.ReviewTypes.ReviewFilterInput;
import dev.zhanggui.graphql.catalog.ReviewTypes.ReviewNode;
import dev.zhanggui.graphql.catalog.ReviewTypes.ReviewPayload;
import dev.zhanggui.graphql.catalog.ReviewTypes.ReviewProductInput;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Product reviews (评价) over GraphQL: the storefront reads a product's visible reviews and their
 * summary; a customer who bought a product reviews it; staff hide, show and answer reviews.
 */
@GraphQLApi
public class ReviewGraphQL {
    @Inject
    ReviewService reviews;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("productReviews")
    @Description("A product's visible reviews, newest first")
    @PermitAll
    public @NonNull ReviewConnection productReviews(@NonNull @Id @Name("productId") String productId,
                                                    @Name("first") @DefaultValue("20") int first,
                                                    @Name("after") String after,
                                                    @Name("filter") ReviewFilterInput filter) {
        return ReviewConnection.of(reviews.listForProduct(actor.get(), ProductId.parse(productId), filter(filter),
                PageRequest.of(first, after)), ReviewNode::publicly);
    }

    @Query("productRatingSummary")
    @Description("The stars of a product's visible reviews; also the reviewSummary field of Product")
    @PermitAll
    public @NonNull RatingSummaryNode productRatingSummary(@NonNull @Id @Name("productId") String productId) {
        return RatingSummaryNode.of(reviews.summary(actor.get(), ProductId.parse(productId)));
    }

    @Query("myReviews")
    @Description("The calling customer's reviews, hidden ones included, newest first")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull ReviewConnection myReviews(@Name("first") @DefaultValue("20") int first,
                                               @Name("after") String after) {
        return ReviewConnection.of(reviews.mine(actor.get(), PageRequest.of(first, after)), ReviewNode::forAuthor);
    }

    @Query("reviews")
    @Description("Staff: all reviews of the merchant, newest first, hidden ones too unless visibleOnly")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull ReviewConnection merchantReviews(@Name("first") @DefaultValue("20") int first,
                                                     @Name("after") String after,
                                                     @Id @Name("productId") String productId,
                                                     @Name("filter") ReviewFilterInput filter,
                                                     @Name("visibleOnly") @DefaultValue("false") boolean visibleOnly) {
        ReviewFilter visible = filter(filter);
        ReviewFilter wanted = new ReviewFilter(Optional.ofNullable(productId).map(ProductId::parse), visible.rating(),
                visible.withImages(), !visibleOnly);
        return ReviewConnection.of(reviews.listForMerchant(actor.get(), wanted, PageRequest.of(first, after)),
                ReviewNode::forStaff);
    }

    @Mutation("reviewProduct")
    @Description("Reviews a product on sale you bought: REVIEW_NOT_PURCHASED without a completed order line,"
            + " REVIEW_ALREADY_REVIEWED once every such line is reviewed")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull ReviewPayload reviewProduct(@NonNull @Name("input") ReviewProductInput input,
                                                @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("reviewProduct", idempotencyKey, input, ReviewPayload.class, () -> {
            NewReview request = new NewReview(new ReviewContent(input.rating(), input.text(), input.images()),
                    Optional.ofNullable(input.orderLineId()).map(OrderLineId::parse));
            return new ReviewPayload(ReviewNode.forAuthor(
                    reviews.write(actor.get(), ProductId.parse(input.productId()), request)), List.of());
        }, ReviewPayload::refused);
    }

    @Mutation("deleteMyReview")
    @Description("Withdraws your own review; its order line may be reviewed again")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull DeleteReviewPayload deleteMyReview(@NonNull @Id @Name("id") String id,
                                                       @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("deleteMyReview", idempotencyKey, id, DeleteReviewPayload.class, () -> {
            reviews.deleteMine(actor.get(), ReviewId.parse(id));
            return new DeleteReviewPayload(id, List.of());
        }, DeleteReviewPayload::refused);
    }

    @Mutation("hideReview")
    @Description("Hides a review from the storefront (屏蔽), with a reason of 1 to 200 characters")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull ReviewPayload hideReview(@NonNull @Id @Name("id") String id, @NonNull @Name("reason") String reason,
                                             @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("hideReview", idempotencyKey, Map.of("id", id, "reason", reason), ReviewPayload.class,
                () -> staffPayload(reviews.hide(actor.get(), ReviewId.parse(id), reason)), ReviewPayload::refused);
    }

    @Mutation("unhideReview")
    @Description("Shows a hidden review again")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull ReviewPayload unhideReview(@NonNull @Id @Name("id") String id,
                                               @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("unhideReview", idempotencyKey, id, ReviewPayload.class,
                () -> staffPayload(reviews.unhide(actor.get(), ReviewId.parse(id))), ReviewPayload::refused);
    }

    @Mutation("replyToReview")
    @Description("Answers a review (商家回复); answering again replaces the answer")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull ReviewPayload replyToReview(@NonNull @Id @Name("id") String id, @NonNull @Name("text") String text,
                                                @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("replyToReview", idempotencyKey, Map.of("id", id, "text", text), ReviewPayload.class,
                () -> staffPayload(reviews.reply(actor.get(), ReviewId.parse(id), text)), ReviewPayload::refused);
    }

    private static ReviewPayload staffPayload(Review review) {
        return new ReviewPayload(ReviewNode.forStaff(review), List.of());
    }

    private static ReviewFilter filter(ReviewFilterInput input) {
        return input == null ? ReviewFilter.visible(null, null) : ReviewFilter.visible(input.rating(), input.withImages());
    }
}
