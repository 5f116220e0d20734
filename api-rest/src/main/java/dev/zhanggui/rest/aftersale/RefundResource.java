package dev.zhanggui.rest.aftersale;

import dev.zhanggui.aftersale.RefundId;
import dev.zhanggui.aftersale.RefundService;
import dev.zhanggui.rest.aftersale.AfterSaleViews.RefundView;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Refunds for staff to follow up (退款异常): the unsettled ones, one refund, and retrying what failed. */
@Path("/api/v1/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "After-sales", description = "Refund only and return and refund: requests, review, returns, refunds")
@SecurityRequirement(name = "bearer")
public class RefundResource {
    @Inject
    RefundService refunds;
    @Inject
    Provider<Actor> actor;

    @GET
    @Path("/unsettled")
    @Operation(operationId = "listUnsettledRefunds", summary = "The merchant's refunds with a part pending or failed, "
            + "oldest first")
    public ListResponse<RefundView> unsettled() {
        return new ListResponse<>(refunds.unsettled(actor.get()).stream().map(RefundView::of).toList(), null);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getRefund", summary = "One refund with its split per tender and its parts")
    public RefundView get(@PathParam("id") String id) {
        return RefundView.of(refunds.refund(actor.get(), RefundId.parse(id)));
    }

    @POST
    @Path("/{id}/retry")
    @Idempotent
    @Operation(operationId = "retryRefund", summary = "Carry out again the parts that failed, with the same keys "
            + "(a gateway is asked for the same refund number, never paying twice)")
    public Response retry(@PathParam("id") String id) {
        return Response.ok(RefundView.of(refunds.retry(actor.get(), RefundId.parse(id)))).build();
    }
}
