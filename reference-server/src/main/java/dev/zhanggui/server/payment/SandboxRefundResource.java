package dev.zhanggui.server.payment;

import dev.zhanggui.payment.Payment;
import dev.zhanggui.payment.PaymentRepository;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Map;

/**
 * The sandbox's refunds as a real gateway's behave (开发测试用): a payment's refunds can be made to
 * answer "processing", and a processing refund is ended — in success, or failed (REFUND.ABNORMAL) —
 * by sending the gateway's signed refund notification to this server's refund callback, as WeChat
 * Pay would. Staff only, and off in production with the sandbox.
 */
@Path("/api/v1/payments/sandbox/refunds")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF})
@Tag(name = "Payments", description = "Online payments through a gateway")
@SecurityRequirement(name = "bearer")
public class SandboxRefundResource {
    @Inject
    PaymentRepository payments;
    @Inject
    SandboxPaymentGateway sandbox;
    @Inject
    PaymentSettings settings;
    @Inject
    SandboxCallbacks callbacks;
    @Inject
    Provider<Actor> actor;
    @Context
    UriInfo uri;

    /** How the notification should end the refund. */
    public record RefundOutcomeInput(boolean succeeded) {
    }

    /** What the sandbox sent and how the refund callback answered. */
    public record SandboxRefundNotification(String outRefundNo, boolean succeeded, int callbackStatus,
                                            String callbackAnswer, String notificationBody,
                                            Map<String, String> notificationHeaders) {
    }

    @POST
    @Path("/payments/{outTradeNo}/processing")
    @Operation(operationId = "processSandboxRefunds", summary = "Sandbox only: from now on, refunds of this payment "
            + "answer \"processing\" and wait for their refund notification (404 when the sandbox is off)")
    public Response processing(@PathParam("outTradeNo") String outTradeNo) {
        requireOn();
        Actor caller = actor.get();
        payments.findByOutTradeNo(outTradeNo)
                .filter(p -> p.merchant().equals(caller.merchant()) && p.gateway().equals(sandbox.name()))
                .map(Payment::outTradeNo)
                .orElseThrow(() -> new DomainException(ErrorCode.PAYMENT_NOT_FOUND, "No payment " + outTradeNo));
        sandbox.processRefundsOf(outTradeNo);
        return Response.noContent().build();
    }

    /** Not in a unit of work, like the sandbox's pay: the callback it waits for is a request of its own. */
    @POST
    @Path("/{outRefundNo}/notify")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "notifySandboxRefund", summary = "Sandbox only: end a processing refund in success or "
            + "failure, which sends its signed refund notification to the refund callback")
    public Response notifyRefund(@PathParam("outRefundNo") String outRefundNo, RefundOutcomeInput body) {
        requireOn();
        Actor caller = actor.get();
        SandboxPaymentGateway.SandboxRefund refund = sandbox.refundOf(outRefundNo)
                .filter(r -> payments.findByOutTradeNo(r.outTradeNo())
                        .filter(p -> p.merchant().equals(caller.merchant())).isPresent())
                .orElseThrow(() -> new DomainException(ErrorCode.REFUND_NOT_FOUND, "No sandbox refund " + outRefundNo));
        boolean succeeded = body == null || body.succeeded();
        SandboxPaymentGateway.SignedNotification notification = sandbox.refundNotificationOf(refund.outRefundNo(),
                succeeded);
        SandboxCallbacks.Answer answer = callbacks.deliver(uri.getBaseUri().resolve(
                PaymentWiring.CALLBACK_PATH.substring(1) + sandbox.name() + PaymentService.REFUND_NOTIFY_SUFFIX),
                notification);
        return Response.ok(new SandboxRefundNotification(outRefundNo, succeeded, answer.status(), answer.body(),
                notification.body(), notification.headers())).build();
    }

    private void requireOn() {
        if (!settings.sandbox().enabled()) {
            throw new DomainException(ErrorCode.PAYMENT_GATEWAY_UNKNOWN, "The sandbox gateway is off");
        }
    }
}
