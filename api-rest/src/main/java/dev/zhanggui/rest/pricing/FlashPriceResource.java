package dev.zhanggui.rest.pricing;

import dev.zhanggui.pricing.FlashPrice;
import dev.zhanggui.pricing.FlashPriceId;
import dev.zhanggui.pricing.FlashPriceService;
import dev.zhanggui.rest.pricing.PricingInputs.FlashPriceInput;
import dev.zhanggui.rest.pricing.PricingViews.FlashPriceView;
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

/** Time-limited prices (限时购), for staff and integrators. */
@Path("/api/v1/flash-prices")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Pricing", description = "Quotes, member levels, price lists, time-limited prices and carriers")
@SecurityRequirement(name = "bearer")
public class FlashPriceResource {
    @Inject
    FlashPriceService prices;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "listFlashPrices", summary = "The merchant's time-limited prices, newest first")
    public ListResponse<FlashPriceView> list(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(prices.list(actor.get(), PageParameters.pageRequest(limit, after)), FlashPriceView::of);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createFlashPrice", summary = "Price a SKU within a window, optionally capped per customer")
    public Response create(FlashPriceInput body) {
        FlashPrice price = prices.create(actor.get(), required(body).toTerms());
        return Response.created(URI.create("/api/v1/flash-prices/" + price.id().value()))
                .entity(FlashPriceView.of(price)).tag(String.valueOf(price.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "updateFlashPrice", summary = "Change a time-limited price; If-Match guards against lost "
            + "updates")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           FlashPriceInput body) {
        FlashPrice price = prices.update(actor.get(), FlashPriceId.parse(id), required(body).toTerms(),
                ETags.expectedVersion(ifMatch));
        return Response.ok(FlashPriceView.of(price)).tag(String.valueOf(price.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "removeFlashPrice", summary = "Remove a time-limited price")
    public Response remove(@PathParam("id") String id) {
        prices.remove(actor.get(), FlashPriceId.parse(id));
        return Response.noContent().build();
    }

    private static FlashPriceInput required(FlashPriceInput body) {
        if (body == null) {
            throw DomainException.invalidField("sku", ErrorCode.FLASH_PRICE_INVALID, "A time-limited price is required");
        }
        return body;
    }
}
