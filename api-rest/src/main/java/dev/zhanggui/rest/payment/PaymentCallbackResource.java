package dev.zhanggui.rest.payment;

import dev.zhanggui.payment.PaymentConfirmation;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.Problem;
import dev.zhanggui.rest.shared.ProblemRenderer;
import dev.zhanggui.shared.ErrorCode;
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
 * Where payment gateways send their notifications (支付回调). No token: the gateway's signature is
 * the authentication, and a body whose signature does not verify changes nothing (401). A
 * repeated notification is answered as a success without any further effect, so the gateway stops
 * retrying; a wrong amount is refused (422) and recorded. A payment for an order that can no longer
 * take it (closed or paid otherwise before the money arrived) is answered as a success too: it is
 * recorded as paid and refunded to the payer; only if that refund fails is the answer a refusal
 * (422 REFUND_GATEWAY_FAILED), so that the gateway notifies again and the refund is retried.
 */
@Path("/api/v1/payments/callbacks/{gateway}")
@PermitAll
@SecurityRequirementsSet
@Tag(name = "Payments", description = "Online payments through a gateway")
public class PaymentCallbackResource {
    @Inject
    PaymentService payments;
    @Inject
    ProblemRenderer problems;
    @Context
    HttpHeaders headers;

    /** What WeChat Pay expects back from a notify URL. */
    public record Acknowledgement(String code, String message) {
    }

    @POST
    @Idempotent
    @Consumes(MediaType.WILDCARD)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "receivePaymentNotification",
            summary = "A gateway's signed payment notification; 401 PAYMENT_SIGNATURE_INVALID, 422 PAYMENT_AMOUNT_MISMATCH, "
                    + "422 REFUND_GATEWAY_FAILED (a late payment's refund failed: notify again)")
    public Response receive(@PathParam("gateway") String gateway, String body) {
        Map<String, String> lowerCase = new HashMap<>();
        headers.getRequestHeaders().forEach((name, values) -> {
            if (!values.isEmpty()) {
                lowerCase.put(name.toLowerCase(Locale.ROOT), values.getFirst());
            }
        });
        PaymentConfirmation confirmation = payments.confirm(gateway, body, lowerCase);
        if (confirmation.refused()) {
            // Answered, not thrown: the refusal's notice is recorded and must commit.
            ErrorCode code = confirmation.refusal().orElseThrow();
            return Response.status(ProblemRenderer.status(code)).type(Problem.MEDIA_TYPE)
                    .entity(problems.problem(code, confirmation.message())).build();
        }
        return Response.ok(new Acknowledgement("SUCCESS", confirmation.message())).build();
    }
}
