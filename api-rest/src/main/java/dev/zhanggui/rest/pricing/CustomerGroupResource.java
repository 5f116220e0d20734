package dev.zhanggui.rest.pricing;

import dev.zhanggui.customer.CustomerGroup;
import dev.zhanggui.customer.CustomerGroupId;
import dev.zhanggui.customer.CustomerGroupService;
import dev.zhanggui.rest.pricing.PricingInputs.GroupInput;
import dev.zhanggui.rest.pricing.PricingInputs.MembersInput;
import dev.zhanggui.rest.pricing.PricingViews.GroupView;
import dev.zhanggui.rest.pricing.PricingViews.MemberView;
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
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/** Customer groups (客户分组, e.g. 批发客户) and their members, for staff and integrators. */
@Path("/api/v1/customer-groups")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Pricing", description = "Quotes, member levels, price lists, time-limited prices and carriers")
@SecurityRequirement(name = "bearer")
public class CustomerGroupResource {
    @Inject
    CustomerGroupService groups;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "listCustomerGroups", summary = "The merchant's customer groups, newest first")
    public ListResponse<GroupView> list(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(groups.list(actor.get(), PageParameters.pageRequest(limit, after)), GroupView::of);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCustomerGroup", summary = "One customer group with its number of members, with an ETag")
    public Response get(@PathParam("id") String id) {
        return withETag(groups.get(actor.get(), CustomerGroupId.parse(id)));
    }

    @POST
    @Idempotent
    @Operation(operationId = "createCustomerGroup", summary = "Create a customer group")
    public Response create(GroupInput body) {
        CustomerGroup group = groups.create(actor.get(), body == null ? null : body.name());
        return Response.created(URI.create("/api/v1/customer-groups/" + group.id().value()))
                .entity(GroupView.of(group)).tag(String.valueOf(group.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "renameCustomerGroup", summary = "Rename a group; If-Match guards against lost updates")
    public Response rename(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           GroupInput body) {
        return withETag(groups.rename(actor.get(), CustomerGroupId.parse(id), body == null ? null : body.name(),
                ETags.expectedVersion(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "removeCustomerGroup", summary = "Remove a group (and its price lists)")
    public Response remove(@PathParam("id") String id) {
        groups.remove(actor.get(), CustomerGroupId.parse(id));
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/members")
    @Operation(operationId = "listCustomerGroupMembers", summary = "The group's members, in registration order")
    public ListResponse<MemberView> members(@PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(groups.members(actor.get(), CustomerGroupId.parse(id),
                PageParameters.pageRequest(limit, after)), MemberView::of);
    }

    @POST
    @Path("/{id}/members")
    @Idempotent
    @Operation(operationId = "admitCustomerGroupMembers", summary = "Add customers to the group")
    public Response admit(@PathParam("id") String id, MembersInput body) {
        return withETag(groups.admit(actor.get(), CustomerGroupId.parse(id), members(body).toIds()));
    }

    @POST
    @Path("/{id}/members/removals")
    @Idempotent
    @Operation(operationId = "dismissCustomerGroupMembers", summary = "Take customers out of the group")
    public Response dismiss(@PathParam("id") String id, MembersInput body) {
        return withETag(groups.dismiss(actor.get(), CustomerGroupId.parse(id), members(body).toIds()));
    }

    private static MembersInput members(MembersInput body) {
        if (body == null) {
            throw DomainException.invalidField("customers", ErrorCode.CUSTOMER_GROUP_INVALID, "List customers");
        }
        return body;
    }

    private static Response withETag(CustomerGroup group) {
        return Response.ok(GroupView.of(group)).tag(String.valueOf(group.version())).build();
    }
}
