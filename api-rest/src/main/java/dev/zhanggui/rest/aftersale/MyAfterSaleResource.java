package dev.zhanggui.rest.aftersale;

import dev.zhanggui.aftersale.AfterSaleId;
import dev.zhanggui.aftersale.AfterSaleService;
import dev.zhanggui.rest.aftersale.AfterSaleInputs.ReturnShipmentInput;
import dev.zhanggui.rest.aftersale.AfterSaleViews.AfterSaleView;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The calling customer's after-sales requests (我的售后): the list, one request with its refund, the
 * return's tracking number, and withdrawing. Asking is on the order
 * ({@link MyOrderAfterSaleResource}). Another customer's request is simply not found.
 */
@Path("/api/v1/me/after-sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "After-sales", description = "Refund only and return and refund: requests, review, returns, refunds")
@SecurityRequirement(name = "bearer")
public class MyAfterSaleResource {
    @Inject
    AfterSaleService afterSales;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "listMyAfterSales", summary = "The calling customer's after-sales requests, newest first")
    public ListResponse<AfterSaleView> list(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(afterSales.mine(actor.get(), PageParameters.pageRequest(limit, after)),
                AfterSaleView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyAfterSale", summary = "One of the calling customer's requests with its messages "
            + "and refund, with an ETag")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AfterSaleView.class)))
    public Response get(@PathParam("id") String id) {
        Actor caller = actor.get();
        return AfterSaleAnswers.withETag(afterSales, caller, afterSales.one(caller, AfterSaleId.parse(id)));
    }

    @POST
    @Path("/{id}/return-shipment")
    @Idempotent
    @Operation(operationId = "submitMyAfterSaleReturnShipment", summary = "Enter (or correct) the carrier and "
            + "tracking number of the goods sent back (填写退货物流), once the merchant approved with return")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AfterSaleView.class)))
    public Response returnShipment(@PathParam("id") String id, ReturnShipmentInput body) {
        Actor caller = actor.get();
        return AfterSaleAnswers.withETag(afterSales, caller, afterSales.submitReturnShipment(caller,
                AfterSaleId.parse(id), body == null ? null : body.carrier(), body == null ? null : body.trackingNumber()));
    }

    @POST
    @Path("/{id}/withdraw")
    @Idempotent
    @Operation(operationId = "withdrawMyAfterSale", summary = "Withdraw the request (撤销申请) while it waits for "
            + "review or for the return; the lines are free for a new request")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AfterSaleView.class)))
    public Response withdraw(@PathParam("id") String id) {
        Actor caller = actor.get();
        return AfterSaleAnswers.withETag(afterSales, caller, afterSales.withdraw(caller, AfterSaleId.parse(id)));
    }
}
