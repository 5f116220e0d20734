package dev.zhanggui.rest.aftersale;

import dev.zhanggui.aftersale.Refund;
import dev.zhanggui.aftersale.RefundService;
import dev.zhanggui.rest.shared.Idempotent;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Where payment gateways send their refund notifications (退款结果通知), next to the payment
 * callback: the notify URL given with every gateway refund. No token: the gateway's signature is
 * the authentication (401 {@code PAYMENT_SIGNATURE_INVALID}, nothing changes). A refund still
 * processing becomes succeeded, or failed — then it is listed among the unsettled refunds and staff
 * retry it with the same refund number. A repeated notification is answered as a success and
 * changes nothing, so the gateway stops retrying.
 */
@Path("/api/v1/payments/callbacks/{gateway}/refunds")
@PermitAll
@SecurityRequirementsSet
@Tag(name = "Payments", description = "Online payments through a gateway")
public class RefundCallbackResource {
    @Inject
    RefundService refunds;
    @Context
    HttpHeaders headers;

    /** What the gateway expects back, and where the refund stands now. */
    public record RefundAcknowledgement(String code, String message, String refundId, String status) {
    }

    @POST
    @Idempotent
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receiveRefundNotification", summary = "A gateway's signed refund notification; "
            + "401 PAYMENT_SIGNATURE_INVALID, 400 PAYMENT_NOTIFICATION_INVALID, 404 REFUND_NOT_FOUND, "
            + "422 PAYMENT_AMOUNT_MISMATCH")
    public Response receive(@PathParam("gateway") String gateway, String body) {
        Map<String, String> lowerCase = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                lowerCase.put(name.toLowerCase(Locale.ROOT), values.getFirst());
            }
        });
        Refund refund = refunds.receiveGatewayNotification(gateway, body, lowerCase);
        return Response.ok(new RefundAcknowledgement("SUCCESS", "Refund " + refund.status().name().toLowerCase(
                Locale.ROOT), refund.id().toString(), refund.status().name())).build();
    }
}
