package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.GeoPoint;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.catalog.Store;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.catalog.StoreService;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

/**
 * The merchant's stores (门店): anyone finds them, the nearest first (anonymous callers name the
 * merchant with {@code X-Merchant}); staff, admins and integrations keep them and read their stock.
 */
@Path("/api/v1/stores")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Stores", description = "The merchant's stores and their stock")
@SecurityRequirement(name = "bearer")
public class StoreResource {
    @Inject
    StoreService stores;
    @Inject
    StockService stock;
    @Inject
    Provider<Actor> actor;

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "listStores", summary = "Stores in the order they were opened")
    public ListResponse<StoreView> list(@QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                                                schema = @Schema(type = SchemaType.INTEGER)) String limit,
                                        @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(stores.list(actor.get(), PageParameters.pageRequest(limit, after)), StoreView::of);
    }

    @GET
    @Path("/nearest")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "nearestStores", summary = "The stores nearest to a point, nearest first, with their distance in meters; 400 STORE_INVALID on bad coordinates")
    public ListResponse<StoreView> nearest(
            @QueryParam("lat") @Parameter(required = true, description = "Latitude, -90 to 90",
                    schema = @Schema(type = SchemaType.NUMBER)) String lat,
            @QueryParam("lng") @Parameter(required = true, description = "Longitude, -180 to 180",
                    schema = @Schema(type = SchemaType.NUMBER)) String lng,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit) {
        GeoPoint point = GeoPoint.parse(lat, lng, "lat", "lng");
        return new ListResponse<>(stores.nearest(actor.get(), point, limit(limit)).stream().map(StoreView::of).toList(),
                null);
    }

    @POST
    @Idempotent
    @Operation(operationId = "createStore", summary = "Open a store")
    public Response create(@NotNull @Valid StoreInputs.NewStoreInput body) {
        Store store = stores.create(actor.get(), body.toDetails());
        return Response.created(URI.create("/api/v1/stores/" + store.id()))
                .entity(StoreView.of(store)).tag(String.valueOf(store.version())).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "getStore", summary = "One store")
    public Response get(@PathParam("id") String id) {
        return withETag(stores.get(actor.get(), StoreId.parse(id)));
    }

    @PATCH
    @Path("/{id}")
    @Idempotent
    @Operation(operationId = "updateStore", summary = "Change a store; If-Match guards against lost updates")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull @Valid StoreInputs.StorePatch body) {
        return withETag(stores.update(actor.get(), StoreId.parse(id), body.toChange(), ETags.expectedVersion(ifMatch)));
    }

    @GET
    @Path("/{id}/stock")
    @Operation(operationId = "listStoreStock", summary = "The stock levels held at a store, by SKU id (staff only)")
    public ListResponse<StockViews.StockLevelView> stock(
            @PathParam("id") String id,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        return ListResponse.of(stock.stockAt(actor.get(), StockLocation.store(StoreId.parse(id)),
                PageParameters.pageRequest(limit, after)), StockViews.StockLevelView::of);
    }

    private static int limit(String limit) {
        return PageParameters.pageRequest(limit, null).limit();
    }

    private static Response withETag(Store store) {
        return Response.ok(StoreView.of(store)).tag(String.valueOf(store.version())).build();
    }
}
