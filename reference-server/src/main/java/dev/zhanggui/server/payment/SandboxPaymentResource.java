package dev.zhanggui.server.payment;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.payment.Payment;
import dev.zhanggui.payment.PaymentRepository;
import dev.zhanggui.payment.PaymentStatus;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
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
 * The sandbox's stand-in for the payer's WeChat app (开发测试用): "pays" a pending sandbox payment
 * by sending the gateway's signed notification to this server's callback endpoint, as WeChat Pay
 * would. It answers with what it sent and what the callback answered. Off in production.
 */
@Path("/api/v1/payments/sandbox/{outTradeNo}/pay")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF})
@Tag(name = "Payments", description = "Online payments through a gateway")
@SecurityRequirement(name = "bearer")
public class SandboxPaymentResource {
    @Inject
    PaymentRepository payments;
    @Inject
    SandboxPaymentGateway sandbox;
    @Inject
    PaymentSettings settings;
    @Inject
    SandboxCallbacks callbacks;
    @Inject
    CustomerService customers;
    @Inject
    Provider<Actor> actor;
    @Context
    UriInfo uri;

    /** What the sandbox sent and how the callback answered. */
    public record SandboxPayment(String outTradeNo, long amountFen, int callbackStatus, String callbackAnswer,
                                 String notificationBody, Map<String, String> notificationHeaders) {
    }

    /**
     * Not {@code @Idempotent}, which would run it in a unit of work: it would hold a transaction and
     * its connection while it waits for the callback, itself a request that needs a connection. Paying
     * again is harmless anyway: the callback records a repeated notification and changes nothing.
     */
    @POST
    @Operation(operationId = "paySandboxPayment",
            summary = "Sandbox only: pay a pending payment, which sends its signed callback (404 when the sandbox is off)")
    public Response pay(@PathParam("outTradeNo") String outTradeNo) {
        if (!settings.sandbox().enabled()) {
            throw new DomainException(ErrorCode.PAYMENT_GATEWAY_UNKNOWN, "The sandbox gateway is off");
        }
        Actor caller = actor.get();
        Payment payment = payments.findByOutTradeNo(outTradeNo)
                .filter(p -> p.merchant().equals(caller.merchant()) && p.gateway().equals(sandbox.name()))
                .filter(p -> caller.actsForMerchant() || p.payer().equals(customers.myId(caller)))
                .orElseThrow(() -> new DomainException(ErrorCode.PAYMENT_NOT_FOUND, "No payment " + outTradeNo));
        if (payment.status() == PaymentStatus.CLOSED) {
            throw new DomainException(ErrorCode.PAYMENT_NOT_PENDING, "The payment is closed");
        }
        SandboxPaymentGateway.SignedNotification notification =
                sandbox.notificationOf(payment, payment.amount().minorUnits());
        SandboxCallbacks.Answer answer = callbacks.deliver(uri.getBaseUri().resolve(PaymentWiring.CALLBACK_PATH.substring(1)
                + sandbox.name()), notification);
        return Response.ok(new SandboxPayment(outTradeNo, payment.amount().minorUnits(), answer.status(),
                answer.body(), notification.body(), notification.headers())).build();
    }
}
