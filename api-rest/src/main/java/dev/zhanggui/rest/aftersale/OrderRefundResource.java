package dev.zhanggui.rest.aftersale;

import dev.zhanggui.aftersale.Refund;
import dev.zhanggui.aftersale.RefundService;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.rest.aftersale.AfterSaleInputs.CancellationRefundInput;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/**
 * An order's refunds for staff (退款记录): each with its split per tender and how far each
 * destination got; and the refund of a paid order whose cancellation the customer asked (取消中).
 */
@Path("/api/v1/orders/{id}/refunds")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "After-sales", description = "Refund only and return and refund: requests, review, returns, refunds")
@SecurityRequirement(name = "bearer")
public class OrderRefundResource {
    @Inject
    RefundService refunds;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "listOrderRefunds", summary = "The order's refunds, oldest first, each split per tender")
    public ListResponse<RefundView> list(@PathParam("id") String id) {
        return new ListResponse<>(refunds.refundsOf(actor.get(), OrderId.parse(id)).stream().map(RefundView::of)
                .toList(), null);
    }

    @POST
    @Idempotent
    @Operation(operationId = "refundOrderCancellation", summary = "Refund a paid order the customer asked to cancel "
            + "(取消中): every unit left, back to every tender; the order closes, stock and coupon come back. "
            + "Asked again, answers the same refund")
    @APIResponse(responseCode = "201", content = @Content(schema = @Schema(implementation = RefundView.class)))
    public Response refundCancellation(@PathParam("id") String id, CancellationRefundInput body) {
        Refund refund = refunds.refundCancellation(actor.get(), OrderId.parse(id),
                Optional.ofNullable(body).map(CancellationRefundInput::note));
        return Response.status(Response.Status.CREATED).entity(RefundView.of(refund)).build();
    }
}
