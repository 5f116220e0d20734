package dev.zhanggui.rest.aftersale;

import dev.zhanggui.aftersale.AfterSaleId;
import dev.zhanggui.aftersale.AfterSaleService;
import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.rest.aftersale.AfterSaleInputs.ManualRefundInput;
import dev.zhanggui.rest.aftersale.AfterSaleInputs.RejectionInput;
import dev.zhanggui.rest.aftersale.AfterSaleViews.AfterSaleView;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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
 * The merchant's after-sales requests for staff and integrators (退换货订单): the list by status,
 * type and date, one request, and the review steps of seed 003: approve with return, reject with a
 * reason, mark the return received, agree to refund (to every tender it came from), or record a
 * refund settled offline. Every step takes {@code If-Match} and is idempotent; two staff refunding
 * at once refund once.
 */
@Path("/api/v1/after-sales")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "After-sales", description = "Refund only and return and refund: requests, review, returns, refunds")
@SecurityRequirement(name = "bearer")
public class AfterSaleResource {
    @Inject
    AfterSaleService afterSales;
    @Inject
    OrderSettings settings;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "listAfterSales", summary = "The merchant's after-sales requests by status, type and "
            + "date requested, newest first")
    public ListResponse<AfterSaleView> list(@BeanParam AfterSaleListParameters filter,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        Actor caller = actor.get();
        return ListResponse.of(afterSales.list(caller, filter.toFilter(settings.of(caller.merchant()).zone()),
                PageParameters.pageRequest(limit, after)), AfterSaleView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getAfterSale", summary = "One request with its messages and refund, with an ETag")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AfterSaleView.class)))
    public Response get(@PathParam("id") String id) {
        Actor caller = actor.get();
        return AfterSaleAnswers.withETag(afterSales, caller, afterSales.one(caller, AfterSaleId.parse(id)));
    }

    @POST
    @Path("/{id}/approve")
    @Idempotent
    @Operation(operationId = "approveAfterSale", summary = "通过申请: approve a return and refund; the customer "
            + "sends the goods back and enters the tracking number")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AfterSaleView.class)))
    public Response approve(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Actor caller = actor.get();
        return AfterSaleAnswers.withETag(afterSales, caller, afterSales.approveWithReturn(caller,
                AfterSaleId.parse(id), ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/reject")
    @Idempotent
    @Operation(operationId = "rejectAfterSale", summary = "驳回 with a reason the customer reads; they may apply again")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AfterSaleView.class)))
    public Response reject(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           RejectionInput body) {
        Actor caller = actor.get();
        return AfterSaleAnswers.withETag(afterSales, caller, afterSales.reject(caller, AfterSaleId.parse(id),
                body == null ? null : body.reason(), ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/return-received")
    @Idempotent
    @Operation(operationId = "markAfterSaleReturnReceived", summary = "The returned goods arrived (确认收到退货); "
            + "they go back to stock unless the merchant's terms say never")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AfterSaleView.class)))
    public Response returnReceived(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Actor caller = actor.get();
        return AfterSaleAnswers.withETag(afterSales, caller, afterSales.markReturnReceived(caller,
                AfterSaleId.parse(id), ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/refund")
    @Idempotent
    @Operation(operationId = "refundAfterSale", summary = "同意退款: refund without return (refund only) or after the "
            + "return was received; the refund is split back to every tender that paid, once")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AfterSaleView.class)))
    public Response refund(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        Actor caller = actor.get();
        return AfterSaleAnswers.withETag(afterSales, caller, afterSales.refund(caller, AfterSaleId.parse(id),
                ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/manual-refund")
    @Idempotent
    @Operation(operationId = "recordAfterSaleManualRefund", summary = "手动退款: record a refund settled offline, "
            + "with a note; no money moves through the system")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AfterSaleView.class)))
    public Response manualRefund(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                                 ManualRefundInput body) {
        Actor caller = actor.get();
        return AfterSaleAnswers.withETag(afterSales, caller, afterSales.recordManualRefund(caller,
                AfterSaleId.parse(id), body == null ? null : body.note(), ETags.expectedVersion(ifMatch)));
    }
}
