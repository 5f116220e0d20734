package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.ProductService;
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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** SKUs by barcode: scan-and-go (扫码购) in a store or a warehouse. */
@Path("/api/v1/skus")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products")
public class SkuResource {
    @Inject
    ProductService products;
    @Inject
    Provider<Actor> actor;

    @GET
    @PermitAll
    @Operation(operationId = "findSkuByBarcode", summary = "The SKU with this barcode (or the first SKU of the product with it); 404 SKU_NOT_FOUND")
    public ProductView.SkuMatchView byBarcode(@QueryParam("barcode") @Parameter(required = true) String barcode) {
        return ProductView.SkuMatchView.of(products.scan(actor.get(), barcode));
    }
}
