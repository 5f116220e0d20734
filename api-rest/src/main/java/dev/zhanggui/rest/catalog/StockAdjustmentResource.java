package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockMovementFilter;
import dev.zhanggui.catalog.StockService;
import dev.zhanggui.catalog.StockUpdate;
import dev.zhanggui.catalog.StoreId;
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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/** Stock changes (库存调整) and the stock ledger (库存流水), for staff, admins and integrations. */
@Path("/api/v1/stock-adjustments")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
@Tag(name = "Stock", description = "Stock of SKUs in the central warehouse and in stores")
@SecurityRequirement(name = "bearer")
public class StockAdjustmentResource {
    @Inject
    StockService stock;
    @Inject
    Provider<Actor> actor;

    @POST
    @Idempotent
    @Operation(operationId = "adjustStock", summary = "Add or remove stock (delta) or set a counted quantity; 422 STOCK_INSUFFICIENT when stock would go below zero")
    public Response adjust(@NotNull @Valid StockAdjustmentInput body) {
        SkuId sku = SkuId.parse(body.skuId());
        StockUpdate update = body.setsQuantity()
                ? stock.setStock(actor.get(), sku, body.location(), body.quantity(), body.reasonCode(), body.noteText())
                : stock.adjustStock(actor.get(), sku, body.location(), body.delta(), body.reasonCode(), body.noteText());
        return Response.status(Response.Status.CREATED)
                .entity(StockViews.StockMovementView.of(update)).build();
    }

    @GET
    @Operation(operationId = "listStockAdjustments", summary = "Stock movements, newest first, of one SKU and/or one store")
    public ListResponse<StockViews.StockMovementView> list(
            @QueryParam("skuId") String skuId, @QueryParam("storeId") String storeId,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20",
                    schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        StockMovementFilter filter = new StockMovementFilter(
                Optional.ofNullable(skuId).filter(s -> !s.isBlank()).map(SkuId::parse),
                Optional.ofNullable(storeId).filter(s -> !s.isBlank()).map(StoreId::parse));
        return ListResponse.of(stock.movements(actor.get(), filter, PageParameters.pageRequest(limit, after)),
                StockViews.StockMovementView::of);
    }
}
