package dev.zhanggui.rest.aftersale;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleService;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.rest.aftersale.AfterSaleInputs.RequestInput;
import dev.zhanggui.rest.aftersale.AfterSaleViews.AfterSaleView;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.shared.Actor;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** A customer asks for after-sales on one of their paid orders (申请售后). */
@Path("/api/v1/me/orders/{id}/after-sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "After-sales", description = "Refund only and return and refund: requests, review, returns, refunds")
@SecurityRequirement(name = "bearer")
public class MyOrderAfterSaleResource {
    @Inject
    AfterSaleService afterSales;
    @Inject
    Provider<Actor> actor;

    @POST
    @Idempotent
    @Operation(operationId = "requestMyAfterSale", summary = "Ask for a refund only (not shipped, or a parcel to "
            + "intercept) or a return and refund (shipped or received), for some lines or the whole order; "
            + "one open request per line, never more units than bought less refunded")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = AfterSaleView.class)))
    public Response request(@PathParam("id") String id, RequestInput body) {
        if (body == null) {
            throw DomainException.invalidField("reason", ErrorCode.AFTERSALE_REASON_REQUIRED,
                    "Choose a type and a reason for the request");
        }
        AfterSale asked = afterSales.request(actor.get(), body.toRequest(OrderId.parse(id)));
        return Response.created(URI.create("/api/v1/me/after-sales/" + asked.id())).entity(AfterSaleView.of(asked))
                .tag(String.valueOf(asked.version())).build();
    }
}
