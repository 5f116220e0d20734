package dev.zhanggui.rest.catalog;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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

/** The calling customer's own reviews, hidden ones included, newest first. */
@Path("/api/v1/me/reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Me", description = "The calling customer's own profile, addresses and invoice data")
@SecurityRequirement(name = "bearer")
public class ReviewMineResource {
    @Inject
    ReviewService reviews;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "listMyReviews", summary = "My reviews, newest first; hidden ones show hidden and the reason")
    public ListResponse<ReviewView> list(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(reviews.mine(actor.get(), PageParameters.pageRequest(limit, after)), ReviewView::forAuthor);
    }

    @DELETE
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "deleteMyReview", summary = "Withdraw my review; its order line may be reviewed again")
    public Response delete(@PathParam("id") String id) {
        reviews.deleteMine(actor.get(), ReviewId.parse(id));
        return Response.noContent().build();
    }
}
