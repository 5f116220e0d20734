package dev.zhanggui.rest.payment;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.payment.PaymentId;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.rest.payment.PaymentViews.PaymentView;
import dev.zhanggui.shared.Actor;
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

import java.util.Optional;

/** The calling customer's own payments, e.g. to see a top-up PAID after paying it. */
@Path("/api/v1/me/payments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Payments", description = "Online payments through a gateway")
@SecurityRequirement(name = "bearer")
public class MyPaymentResource {
    @Inject
    PaymentService payments;
    @Inject
    CustomerService customers;
    @Inject
    Provider<Actor> actor;

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMyPayment", summary = "One of the calling customer's payments, e.g. to see it PAID")
    public PaymentView mine(@PathParam("id") String id) {
        Actor caller = actor.get();
        return PaymentView.of(payments.payment(caller, PaymentId.parse(id), Optional.of(customers.myId(caller))));
    }

}
