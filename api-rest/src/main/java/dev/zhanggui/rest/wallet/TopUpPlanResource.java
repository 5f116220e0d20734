package dev.zhanggui.rest.wallet;

import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.wallet.TopUpViews.TopUpPlanView;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import dev.zhanggui.wallet.TopUpPlan;
import dev.zhanggui.wallet.TopUpPlanId;
import dev.zhanggui.wallet.TopUpService;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/**
 * Top-up plans (充值方案, 充值返现). Customers and storefronts (anonymous, with X-Merchant) see the
 * active ones; the merchant's admins keep them.
 */
@Path("/api/v1/topup-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Wallets", description = "Stored-value balance, points and credit, on an append-only ledger")
@SecurityRequirement(name = "bearer")
public class TopUpPlanResource {
    @Inject
    TopUpService topUps;
    @Inject
    Provider<Actor> actor;

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "listTopUpPlans", summary = "The top-up plans by amount: active ones for customers, all for staff")
    public List<TopUpPlanView> list() {
        return topUps.plans(actor.get()).stream().map(TopUpPlanView::of).toList();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "getTopUpPlan", summary = "One top-up plan")
    public Response get(@PathParam("id") String id) {
        return withETag(Response.ok(), topUps.plan(actor.get(), TopUpPlanId.parse(id)));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "createTopUpPlan", summary = "Create a top-up plan; 400 TOPUP_PLAN_INVALID")
    public Response create(@NotNull @Valid TopUpRequests.PlanInput body) {
        TopUpPlan plan = topUps.createPlan(actor.get(), body.toDetails());
        return withETag(Response.created(URI.create("/api/v1/topup-plans/" + plan.id())), plan);
    }

    @PUT
    @Path("/{id}")
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "updateTopUpPlan", summary = "Change a top-up plan; If-Match its ETag")
    public Response update(@PathParam("id") String id, @NotNull @Valid TopUpRequests.PlanInput body,
                           @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(Response.ok(), topUps.updatePlan(actor.get(), TopUpPlanId.parse(id), body.toDetails(),
                ETags.expectedVersion(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "deleteTopUpPlan", summary = "Delete a top-up plan; top-ups under way keep its amounts")
    public Response delete(@PathParam("id") String id) {
        topUps.deletePlan(actor.get(), TopUpPlanId.parse(id));
        return Response.noContent().build();
    }

    private static Response withETag(Response.ResponseBuilder response, TopUpPlan plan) {
        return response.entity(TopUpPlanView.of(plan)).tag(ETags.of(plan.version())).build();
    }
}
