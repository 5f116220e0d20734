package dev.zhanggui.rest.pricing;

import dev.zhanggui.pricing.PriceList;
import dev.zhanggui.pricing.PriceListId;
import dev.zhanggui.pricing.PriceListService;
import dev.zhanggui.rest.pricing.PricingInputs.PriceListInput;
import dev.zhanggui.rest.pricing.PricingViews.PriceListView;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Price lists (价格表) with quantity breaks for a customer group or one customer, for staff and integrators. */
@Path("/api/v1/price-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Pricing", description = "Quotes, member levels, price lists, time-limited prices and carriers")
@SecurityRequirement(name = "bearer")
public class PriceListResource {
    @Inject
    PriceListService lists;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "listPriceLists", summary = "The merchant's price lists, newest first")
    public ListResponse<PriceListView> list(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(lists.list(actor.get(), PageParameters.pageRequest(limit, after)), PriceListView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getPriceList", summary = "One price list with its entries, with an ETag")
    public Response get(@PathParam("id") String id) {
        return withETag(lists.get(actor.get(), PriceListId.parse(id)));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createPriceList", summary = "Create a price list for a group or a customer")
    public Response create(PriceListInput body) {
        PriceList list = lists.create(actor.get(), required(body).toTerms());
        return Response.created(URI.create("/api/v1/price-lists/" + list.id().value()))
                .entity(PriceListView.of(list)).tag(String.valueOf(list.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "updatePriceList", summary = "Replace a price list's terms and entries; If-Match guards "
            + "against lost updates")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           PriceListInput body) {
        return withETag(lists.update(actor.get(), PriceListId.parse(id), required(body).toTerms(),
                ETags.expectedVersion(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "removePriceList", summary = "Remove a price list")
    public Response remove(@PathParam("id") String id) {
        lists.remove(actor.get(), PriceListId.parse(id));
        return Response.noContent().build();
    }

    private static PriceListInput required(PriceListInput body) {
        if (body == null) {
            throw DomainException.invalidField("name", ErrorCode.PRICE_LIST_INVALID, "A price list is required");
        }
        return body;
    }

    private static Response withETag(PriceList list) {
        return Response.ok(PriceListView.of(list)).tag(String.valueOf(list.version())).build();
    }
}
