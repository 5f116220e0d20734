package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.ProductFields;
import dev.zhanggui.catalog.ProductService;
import dev.zhanggui.catalog.SkuMatch;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.shared.Actor;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Optional;

/** SKUs by barcode: scan-and-go (扫码购) in a store or a warehouse. */
@Path("/api/v1/skus")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class SkuResource {
    @Inject
    ProductService products;
    @Inject
    Provider<Actor> actor;
    @Inject
    SkuStockLookup stock;

    @GET
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "findSkuByBarcode", summary = "The SKU with this barcode (or the first SKU of the product with it); 404 SKU_NOT_FOUND")
    public ProductView.SkuMatchView byBarcode(@QueryParam("barcode") @Parameter(required = true) String barcode,
                                              @QueryParam("store") @Parameter(description = "A store id: show that store's stock instead of the central warehouse's") String store) {
        Optional<StoreId> at = ProductFields.store("store", store);
        SkuMatch match = products.scan(actor.get(), barcode);
        return ProductView.SkuMatchView.of(match, stock.of(actor.get(), List.of(match.product()), at),
                actor.get().actsForMerchant());
    }
}
