package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductFields;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.ProductQuery;
import dev.zhanggui.catalog.ProductService;
import dev.zhanggui.catalog.ProductStatus;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.rest.catalog.SkuStockLookup.SkuStockView;
import dev.zhanggui.rest.shared.ETags;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Products (商品): anyone browses a merchant's products on sale (anonymous callers name the
 * merchant with {@code X-Merchant}); staff and integrations see every status and keep the catalog.
 */
@Path("/api/v1/products")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Products", description = "Products (SPU) with their specs and SKUs")
public class ProductResource {
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
    @Operation(operationId = "listProducts", summary = "Search and browse products; customers and anonymous callers see products on sale only")
    public ListResponse<ProductView> list(
            @QueryParam("q") @Parameter(description = "Text in the name, code or barcode; SKU codes and barcodes match exactly") String q,
            @QueryParam("category") @Parameter(description = "A category id; its sub-categories are included") String category,
            @QueryParam("status") @Parameter(description = "ON_SALE, IN_WAREHOUSE or OFF_SHELF (staff)") String status,
            @QueryParam("store") @Parameter(description = "A store id: only products the store stocks, with that store's stock") String store,
            @QueryParam("sort") @Parameter(description = "MERCHANT (default), NEWEST, PRICE_ASC, PRICE_DESC or SALES") String sort,
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        Optional<StoreId> at = ProductFields.store("store", store);
        ProductQuery query = new ProductQuery(Optional.ofNullable(q), ProductFields.category("category", category),
                ProductFields.status("status", status), ProductFields.sort(sort), at);
        Page<Product> page = products.search(actor.get(), query, PageParameters.pageRequest(limit, after));
        Function<SkuId, SkuStockView> levels = stock.of(actor.get(), page.items(), at);
        boolean staff = actor.get().actsForMerchant();
        return ListResponse.of(page, p -> ProductView.of(p, levels, staff));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "createProduct", summary = "Create a product with its specs and SKUs; 409 PRODUCT_CODE_TAKEN or SKU_CODE_TAKEN on a duplicate code")
    public Response create(@NotNull ProductInputs.NewProductInput body) {
        Product product = products.create(actor.get(), body.toNewProduct());
        return Response.created(URI.create("/api/v1/products/" + product.id()))
                .entity(view(product, Optional.empty())).tag(String.valueOf(product.version())).build();
    }

    @GET
    @Path("/{id}")
    @PermitAll
    @SecurityRequirementsSet
    @SecurityRequirementsSet(@SecurityRequirement(name = "bearer"))
    @Operation(operationId = "getProduct", summary = "One product; a product not on sale is not found for customers")
    public Response get(@PathParam("id") String id,
                        @QueryParam("store") @Parameter(description = "A store id: show that store's stock instead of the central warehouse's") String store) {
        Optional<StoreId> at = ProductFields.store("store", store);
        Product product = products.get(actor.get(), ProductId.parse(id));
        return Response.ok(view(product, at)).tag(String.valueOf(product.version())).build();
    }

    @PATCH
    @Path("/{id}")
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "updateProduct", summary = "Change a product; on sale, specs and prices are locked (409 PRODUCT_ON_SALE_LOCKED) unless the merchant allows it")
    public Response update(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                           @NotNull ProductInputs.ProductPatch body) {
        return withETag(products.update(actor.get(), ProductId.parse(id), body.toChange(),
                ETags.expectedVersion(ifMatch)));
    }

    @PUT
    @Path("/{id}/status")
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "setProductStatus", summary = "Put a product on sale (上架), into the warehouse, or off shelf (下架)")
    public Response setStatus(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
                              @NotNull ProductInputs.StatusInput body) {
        ProductStatus status = ProductFields.status("status", body.status()).orElseThrow(() ->
                DomainException.invalidField("status", ErrorCode.PRODUCT_INVALID, "status is required"));
        return withETag(products.changeStatus(actor.get(), ProductId.parse(id), status, ETags.expectedVersion(ifMatch)));
    }

    @DELETE
    @Path("/{id}")
    @Idempotent
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    @Operation(operationId = "deleteProduct", summary = "Delete a product with its SKUs")
    public Response delete(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        products.delete(actor.get(), ProductId.parse(id), ETags.expectedVersion(ifMatch));
        return Response.noContent().build();
    }

    private Response withETag(Product product) {
        return Response.ok(view(product, Optional.empty())).tag(String.valueOf(product.version())).build();
    }

    private ProductView view(Product product, Optional<StoreId> store) {
        return ProductView.of(product, stock.of(actor.get(), List.of(product), store), actor.get().actsForMerchant());
    }
}
