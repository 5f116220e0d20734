package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.Placement;
import dev.zhanggui.catalog.PlacementService;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/**
 * Featured placements (首页焦点图, 首页商品设置): anyone reads a placement's products in order
 * (anonymous callers name the merchant with {@code X-Merchant}; customers see products on sale
 * only); staff, admins and integrations replace the whole list.
 */
@Path("/api/v1/placements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Placements", description = "Featured products per placement, such as home-carousel")
public class PlacementResource {
    @Inject
    PlacementService placements;
    @Inject
    Provider<Actor> actor;
    @Inject
    SkuStockLookup stock;

    @GET
    @Path("/{code}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "getPlacement", summary = "A placement's products in order; customers and anonymous callers see products on sale only")
    public PlacementView get(@PathParam("code") String code) {
        return view(placements.get(actor.get(), code));
    }

    @PUT
    @Path("/{code}")
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "setPlacement", summary = "Replace a placement's products (at most 50, in order); 400 PLACEMENT_INVALID naming productIds[i] for an unknown or repeated product")
    public Response set(@PathParam("code") String code, @NotNull PlacementView.PlacementInput body) {
        return Response.ok(view(placements.setPlacement(actor.get(), code,
                PlacementService.productIds(body.productIds())))).build();
    }

    private PlacementView view(Placement placement) {
        return PlacementView.of(placement, stock.of(actor.get(), placement.products(), Optional.empty()),
                actor.get().actsForMerchant());
    }
}
