package dev.zhanggui.rest.customer;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerFilter;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.InvitationService;
import dev.zhanggui.customer.Tag;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** The merchant's member list (会员管理), for staff and integrations. */
@Path("/api/v1/customers")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@org.eclipse.microprofile.openapi.annotations.tags.Tag(name = "Customers", description = "The merchant's customers")
@SecurityRequirement(name = "bearer")
public class CustomerResource {
    @Inject
    CustomerService customers;
    @Inject
    InvitationService invitations;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "listCustomers", summary = "Customers in registration order, filtered by phone prefix or tag")
    public ListResponse<CustomerView> list(@QueryParam("phone") @Parameter(description = "Phone number or its prefix") String phone,
                                           @QueryParam("tag") String tag,
                                           @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                                                   schema = @Schema(type = SchemaType.INTEGER)) String limit,
                                           @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        CustomerFilter filter = new CustomerFilter(Optional.ofNullable(phone),
                Optional.ofNullable(tag).filter(t -> !t.isBlank()).map(Tag::new));
        return ListResponse.of(customers.list(actor.get(), filter, PageParameters.pageRequest(limit, after)), CustomerView::of);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createCustomer", summary = "Create a customer ahead of their first login; 409 CUSTOMER_PHONE_TAKEN on a duplicate phone")
    public Response create(@NotNull @Valid CustomerInputs.NewCustomerInput body) {
        Customer customer = customers.create(actor.get(), body.toNewCustomer());
        return Response.created(URI.create("/api/v1/customers/" + customer.id()))
                .entity(CustomerView.of(customer)).tag(String.valueOf(customer.version())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCustomer", summary = "One customer")
    public Response get(@PathParam("id") String id) {
        return MeResource.withETag(customers.get(actor.get(), CustomerId.parse(id)));
    }

    @GET
    @Path("/{id}/invitees")
    @Operation(operationId = "listCustomerInvitees", summary = "The customers this customer invited, newest first")
    public ListResponse<CustomerView> invitees(@PathParam("id") String id,
                                               @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                                                       schema = @Schema(type = SchemaType.INTEGER)) String limit,
                                               @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(invitations.inviteesOf(actor.get(), CustomerId.parse(id),
                PageParameters.pageRequest(limit, after)), CustomerView::of);
    }

    @PATCH
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "updateCustomer", summary = "Change a customer's name or email; If-Match guards against lost updates")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid CustomerInputs.ProfilePatch body) {
        return MeResource.withETag(customers.update(actor.get(), CustomerId.parse(id), body.toChange(),
                ETags.expectedVersion(ifMatch)));
    }

    @POST
    @Path("/{id}/tags")
    @Idempotent
    @Operation(operationId = "tagCustomer", summary = "Add tags (标签) to a customer")
    public Response tag(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                        @NotNull @Valid CustomerInputs.TagsInput body) {
        return MeResource.withETag(customers.tag(actor.get(), CustomerId.parse(id),
                body.tags() == null ? List.of() : body.tags(), ETags.expectedVersion(ifMatch)));
    }

    @DELETE
    @Path("/{id}/tags/{tag}")
    @Idempotent
    @Operation(operationId = "untagCustomer", summary = "Remove a tag from a customer")
    public Response untag(@PathParam("id") String id, @PathParam("tag") String tag,
                          @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return MeResource.withETag(customers.untag(actor.get(), CustomerId.parse(id), List.of(tag),
                ETags.expectedVersion(ifMatch)));
    }
}
