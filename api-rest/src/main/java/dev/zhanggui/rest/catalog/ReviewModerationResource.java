package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.review.ReviewFilter;
import dev.zhanggui.catalog.review.ReviewId;
import dev.zhanggui.catalog.review.ReviewService;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/** Staff moderate the merchant's reviews: list all of them, hide (屏蔽) and show them, answer them (商家回复). */
@Path("/api/v1/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Reviews", description = "Product reviews (评价) with stars, text and pictures; moderation and replies by staff")
@SecurityRequirement(name = "bearer")
public class ReviewModerationResource {
    @Inject
    ReviewService reviews;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "listReviews", summary = "All reviews of the merchant, newest first, hidden ones too unless visibleOnly")
    public ListResponse<ReviewView> list(
            @QueryParam("product") @Parameter(description = "Only the reviews of this product") String product,
            @QueryParam("rating") @Parameter(description = "Only reviews with this many stars, 1 to 5", schema = @Schema(type = SchemaType.INTEGER)) String rating,
            @QueryParam("withImages") @Parameter(description = "Only reviews with pictures", schema = @Schema(type = SchemaType.BOOLEAN)) String withImages,
            @QueryParam("visibleOnly") @Parameter(description = "Leave hidden reviews out", schema = @Schema(type = SchemaType.BOOLEAN)) String visibleOnly,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        ReviewFilter visible = ReviewQueryParameters.filter(rating, withImages);
        ReviewFilter filter = new ReviewFilter(Optional.ofNullable(product).filter(p -> !p.isBlank()).map(ProductId::parse),
                visible.rating(), visible.withImages(), !ReviewQueryParameters.flag("visibleOnly", visibleOnly));
        return ListResponse.of(reviews.listForMerchant(actor.get(), filter, PageParameters.pageRequest(limit, after)),
                ReviewView::forStaff);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getReview", summary = "One review, hidden or not")
    public ReviewView get(@PathParam("id") String id) {
        return ReviewView.forStaff(reviews.get(actor.get(), ReviewId.parse(id)));
    }

    @POST
    @Path("/{id}/hide")
    @Idempotent
    @Operation(operationId = "hideReview", summary = "Hide a review from the storefront, with a reason (1 to 200 characters)")
    public Response hide(@PathParam("id") String id, @NotNull ReviewView.HideInput body) {
        return Response.ok(ReviewView.forStaff(reviews.hide(actor.get(), ReviewId.parse(id), body.reason()))).build();
    }

    @POST
    @Path("/{id}/unhide")
    @Idempotent
    @Operation(operationId = "unhideReview", summary = "Show a hidden review again")
    public Response unhide(@PathParam("id") String id) {
        return Response.ok(ReviewView.forStaff(reviews.unhide(actor.get(), ReviewId.parse(id)))).build();
    }

    @PUT
    @Path("/{id}/reply")
    @Idempotent
    @Operation(operationId = "replyToReview", summary = "Answer a review (商家回复); answering again replaces the answer")
    public Response reply(@PathParam("id") String id, @NotNull ReviewView.ReplyInput body) {
        return Response.ok(ReviewView.forStaff(reviews.reply(actor.get(), ReviewId.parse(id), body.text()))).build();
    }
}
