package dev.zhanggui.rest.pricing;

import dev.zhanggui.pricing.Carrier;
import dev.zhanggui.pricing.CarrierId;
import dev.zhanggui.pricing.CarrierService;
import dev.zhanggui.rest.pricing.PricingInputs.CarrierInput;
import dev.zhanggui.rest.pricing.PricingViews.CarrierView;
import dev.zhanggui.rest.promotion.CouponTemplateInputs.EnabledInput;
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

/** Carriers (物流公司) and their rates. Customers see the enabled ones; staff and integrators define them. */
@Path("/api/v1/carriers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Pricing", description = "Quotes, member levels, price lists, time-limited prices and carriers")
@SecurityRequirement(name = "bearer")
public class CarrierResource {
    @Inject
    CarrierService carriers;
    @Inject
    Provider<Actor> actor;

    @GET
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "listCarriers", summary = "Carriers in the order they were added: all for staff, "
            + "the enabled ones for customers")
    public ListResponse<CarrierView> list(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(carriers.list(actor.get(), PageParameters.pageRequest(limit, after)), CarrierView::of);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createCarrier", summary = "Add a carrier with its 首重/续重 rate and regional rates")
    public Response create(CarrierInput body) {
        CarrierInput in = required(body);
        Carrier carrier = carriers.create(actor.get(), in.name(), in.toRate(), in.toRegionalRates());
        return Response.created(URI.create("/api/v1/carriers/" + carrier.id().value()))
                .entity(CarrierView.of(carrier)).tag(String.valueOf(carrier.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "updateCarrier", summary = "Change a carrier; If-Match guards against lost updates")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           CarrierInput body) {
        CarrierInput in = required(body);
        return withETag(carriers.update(actor.get(), CarrierId.parse(id), in.name(), in.toRate(),
                in.toRegionalRates(), ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @Path("/{id}/enabled")
    @Idempotent
    @Operation(operationId = "enableCarrier", summary = "Enable or disable a carrier for the mall")
    public Response enable(@PathParam("id") String id, EnabledInput body) {
        if (body == null || body.enabled() == null) {
            throw DomainException.invalidField("enabled", ErrorCode.VALIDATION_FAILED, "enabled is required");
        }
        return withETag(carriers.enable(actor.get(), CarrierId.parse(id), body.enabled()));
    }

    private static CarrierInput required(CarrierInput body) {
        if (body == null) {
            throw DomainException.invalidField("name", ErrorCode.CARRIER_INVALID, "A carrier is required");
        }
        return body;
    }

    private static Response withETag(Carrier carrier) {
        return Response.ok(CarrierView.of(carrier)).tag(String.valueOf(carrier.version())).build();
    }
}
