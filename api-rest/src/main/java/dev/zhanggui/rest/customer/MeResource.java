package dev.zhanggui.rest.customer;

import dev.zhanggui.customer.Address;
import dev.zhanggui.customer.AddressId;
import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.InvitationService;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** The calling customer's own record: profile, address book, invoice data, invitations. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Me", description = "The calling customer's own profile, addresses and invoice data")
@SecurityRequirement(name = "bearer")
public class MeResource {
    @Inject
    CustomerService customers;
    @Inject
    InvitationService invitations;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "getMe", summary = "The calling customer, registered at the first call")
    public Response me() {
        return withETag(customers.me(actor.get()));
    }

    @PATCH
    @Idempotent
    @Operation(operationId = "updateMe", summary = "Change the name or email; If-Match guards against lost updates")
    public Response update(@HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid CustomerInputs.ProfilePatch body) {
        return withETag(customers.updateMe(actor.get(), body.toChange(), ETags.expectedVersion(ifMatch)));
    }

    @GET
    @Path("/addresses")
    @Operation(operationId = "listMyAddresses", summary = "The address book, default first")
    public List<CustomerView.AddressView> addresses() {
        return customers.me(actor.get()).addresses().stream()
                .sorted((a, b) -> Boolean.compare(b.isDefault(), a.isDefault()))
                .map(CustomerView.AddressView::of).toList();
    }

    @POST
    @Path("/addresses")
    @Idempotent
    @Operation(operationId = "addMyAddress", summary = "Add an address; the first one becomes the default")
    public Response addAddress(@NotNull @Valid CustomerInputs.AddressInput body) {
        Address address = customers.addAddress(actor.get(), body.toDetails(), body.makeDefault());
        return Response.created(URI.create("/api/v1/me/addresses/" + address.id()))
                .entity(CustomerView.AddressView.of(address)).build();
    }

    @PUT
    @Path("/addresses/{id}")
    @Idempotent
    @Operation(operationId = "updateMyAddress", summary = "Replace an address")
    public Response updateAddress(@PathParam("id") String id, @NotNull @Valid CustomerInputs.AddressInput body) {
        Address address = customers.updateAddress(actor.get(), AddressId.parse(id), body.toDetails(),
                body.makeDefault());
        return Response.ok(CustomerView.AddressView.of(address)).build();
    }

    @DELETE
    @Path("/addresses/{id}")
    @Idempotent
    @Operation(operationId = "removeMyAddress", summary = "Remove an address; the oldest other one becomes the default")
    public Response removeAddress(@PathParam("id") String id) {
        customers.removeAddress(actor.get(), AddressId.parse(id));
        return Response.noContent().build();
    }

    @PUT
    @Path("/addresses/{id}/default")
    @Idempotent
    @Operation(operationId = "setMyDefaultAddress", summary = "Make an address the default")
    public Response setDefault(@PathParam("id") String id) {
        return withETag(customers.setDefaultAddress(actor.get(), AddressId.parse(id)));
    }

    @GET
    @Path("/invoice-profile")
    @Operation(operationId = "getMyInvoiceProfile", summary = "The invoice data (开票信息); 404 until set")
    public CustomerView.InvoiceProfileView invoiceProfile() {
        return customers.me(actor.get()).invoiceProfile().map(CustomerView.InvoiceProfileView::of)
                .orElseThrow(() -> new DomainException(ErrorCode.NOT_FOUND,
                        "No invoice profile yet"));
    }

    @PUT
    @Path("/invoice-profile")
    @Idempotent
    @Operation(operationId = "setMyInvoiceProfile", summary = "Set the invoice data reused at checkout")
    public Response setInvoiceProfile(@NotNull @Valid CustomerInputs.InvoiceProfileInput body) {
        Customer customer = customers.setInvoiceProfile(actor.get(), body.toProfile());
        return Response.ok(CustomerView.InvoiceProfileView.of(customer.invoiceProfile().orElseThrow())).build();
    }

    @GET
    @Path("/invite")
    @Operation(operationId = "getMyInvite", summary = "My invite code (邀请码), how many customers I invited, and who invited me")
    public InviteViews.InviteView invite() {
        return InviteViews.InviteView.of(invitations.myInvite(actor.get()));
    }

    @GET
    @Path("/invitees")
    @Operation(operationId = "listMyInvitees", summary = "The customers I invited, newest first; their phone numbers masked")
    public ListResponse<InviteViews.InviteeView> invitees(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(invitations.myInvitees(actor.get(), PageParameters.pageRequest(limit, after)),
                InviteViews.InviteeView::of);
    }

    @POST
    @Path("/referrer")
    @Idempotent
    @Operation(operationId = "setMyReferrer", summary = "Name who invited me by their invite code, once, within 7 days of "
            + "registering and before my first order; 400 CUSTOMER_REFERRER_INVALID, 409 CUSTOMER_REFERRER_ALREADY_SET, "
            + "422 CUSTOMER_REFERRER_TOO_LATE")
    public Response setReferrer(@NotNull @Valid CustomerInputs.ReferrerInput body) {
        return Response.ok(InviteViews.InviteView.of(invitations.setMyReferrer(actor.get(), body.inviteCode()))).build();
    }

    static Response withETag(Customer customer) {
        return Response.ok(CustomerView.of(customer)).tag(String.valueOf(customer.version())).build();
    }
}
