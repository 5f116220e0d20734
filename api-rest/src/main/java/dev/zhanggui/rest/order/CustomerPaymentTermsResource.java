package dev.zhanggui.rest.order;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderSettingsService;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/** A customer's own payment terms (付款规则), overriding the merchant's: read, set, clear. */
@Path("/api/v1/customers/{id}/payment-terms")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Order settings", description = "Order numbers, timers, review, points rate, payment terms, holidays")
@SecurityRequirement(name = "bearer")
public class CustomerPaymentTermsResource {
    @Inject
    OrderSettingsService settings;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "getCustomerPaymentTerms", summary = "The payment terms that apply to a customer: their own, or the merchant's")
    public OrderSettingsResource.CustomerTermsView customerTerms(@PathParam("id") String id) {
        return OrderSettingsResource.CustomerTermsView.of(settings.customerTerms(actor.get(), CustomerId.parse(id)));
    }

    @PUT
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "setCustomerPaymentTerms", summary = "Give a customer their own payment terms (all three rules)")
    public Response setCustomerTerms(@PathParam("id") String id, OrderSettingsResource.TermsView body) {
        OrderSettingsResource.TermsView terms = body == null ? new OrderSettingsResource.TermsView(null, null, null) : body;
        return Response.ok(OrderSettingsResource.CustomerTermsView.of(settings.setCustomerTerms(actor.get(), CustomerId.parse(id),
                Optional.of(terms.terms())))).build();
    }

    @DELETE
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "clearCustomerPaymentTerms", summary = "Let the merchant's payment terms apply to the customer again")
    public Response clearCustomerTerms(@PathParam("id") String id) {
        return Response.ok(OrderSettingsResource.CustomerTermsView.of(settings.setCustomerTerms(actor.get(), CustomerId.parse(id),
                Optional.empty()))).build();
    }

}
