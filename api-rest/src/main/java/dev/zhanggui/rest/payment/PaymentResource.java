package dev.zhanggui.rest.payment;

import dev.zhanggui.payment.PaymentId;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.rest.payment.PaymentViews.PaymentNoticeView;
import dev.zhanggui.rest.payment.PaymentViews.PaymentRefundView;
import dev.zhanggui.rest.payment.PaymentViews.PaymentView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/** The merchant's payments, with the gateway notifications received for each. */
@Path("/api/v1/payments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Payments", description = "Online payments through a gateway")
@SecurityRequirement(name = "bearer")
public class PaymentResource {
    @Inject
    PaymentService payments;
    @Inject
    Provider<Actor> actor;

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "getPayment", summary = "A payment of the merchant")
    public PaymentView get(@PathParam("id") String id) {
        return PaymentView.of(payments.payment(actor.get(), PaymentId.parse(id), Optional.empty()));
    }

    @GET
    @Path("/{id}/notices")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "listPaymentNotices", summary = "The gateway notifications received for a payment, oldest first")
    public List<PaymentNoticeView> notices(@PathParam("id") String id) {
        Actor caller = actor.get();
        PaymentId payment = PaymentId.parse(id);
        payments.payment(caller, payment, Optional.empty());
        return payments.notices(caller, payment).stream().map(PaymentNoticeView::of).toList();
    }

    @GET
    @Path("/{id}/refund")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "getPaymentRefund", summary = "The refund of a payment that arrived when its order could "
            + "no longer take it (closed, voided, paid otherwise): reason and progress; 404 NOT_FOUND if it has none")
    public PaymentRefundView refund(@PathParam("id") String id) {
        Actor caller = actor.get();
        PaymentId payment = PaymentId.parse(id);
        payments.payment(caller, payment, Optional.empty());
        return payments.refundOf(caller, payment).map(PaymentRefundView::of)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND, "Payment " + id + " was not refunded"));
    }
}
