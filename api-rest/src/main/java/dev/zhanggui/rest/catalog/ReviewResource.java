package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.review.NewReview;
import dev.zhanggui.catalog.review.OrderLineId;
import dev.zhanggui.catalog.review.Review;
import dev.zhanggui.catalog.review.ReviewContent;
import dev.zhanggui.catalog.review.ReviewService;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.Optional;

/**
 * A product's reviews (评价): anyone reads the visible ones and their star summary (anonymous
 * callers name the merchant with {@code X-Merchant}); a customer who bought the product reviews it
 * once per completed order line.
 */
@Path("/api/v1/products/{productId}/reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reviews", description = "Product reviews (评价) with stars, text and pictures; moderation and replies by staff")
public class ReviewResource {
    @Inject
    ReviewService reviews;
    @Inject
    Provider<Actor> actor;

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "listProductReviews", summary = "A product's visible reviews, newest first, optionally by stars or with pictures only")
    public ListResponse<ReviewView> list(
            @PathParam("productId") String productId,
            @QueryParam("rating") @Parameter(description = "Only reviews with this many stars, 1 to 5", schema = @Schema(type = SchemaType.INTEGER)) String rating,
            @QueryParam("withImages") @Parameter(description = "Only reviews with pictures (有图)", schema = @Schema(type = SchemaType.BOOLEAN)) String withImages,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(reviews.listForProduct(actor.get(), ProductId.parse(productId),
                ReviewQueryParameters.filter(rating, withImages), PageParameters.pageRequest(limit, after)),
                ReviewView::publicly);
    }

    @GET
    @Path("/summary")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "getProductRatingSummary", summary = "How many visible reviews, their average stars (one decimal) and the count per star")
    public ReviewView.Summary summary(@PathParam("productId") String productId) {
        return ReviewView.Summary.of(reviews.summary(actor.get(), ProductId.parse(productId)));
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(operationId = "reviewProduct", summary = "Review a product on sale you bought: 422 REVIEW_NOT_PURCHASED without a completed order line, 409 REVIEW_ALREADY_REVIEWED once every such line is reviewed")
    public Response create(@PathParam("productId") String productId, @NotNull ReviewView.NewReviewInput body) {
        NewReview request = new NewReview(ReviewContent.of(body.rating(), body.text(), body.images()),
                Optional.ofNullable(body.orderLineId()).map(OrderLineId::parse));
        Review review = reviews.write(actor.get(), ProductId.parse(productId), request);
        return Response.created(URI.create("/api/v1/me/reviews/" + review.id()))
                .entity(ReviewView.forAuthor(review)).build();
    }
}
