package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.FavoriteService;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.rest.catalog.SkuStockLookup.SkuStockView;
import dev.zhanggui.rest.shared.Idempotent;
import dev.zhanggui.rest.shared.ListResponse;
import dev.zhanggui.rest.shared.PageParameters;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
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
import java.util.function.Function;
/** The calling customer's favourites (收藏): products on sale, newest favourite first. */
@Path("/api/v1/me/favorites")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Me", description = "The calling customer's own profile, addresses and invoice data")
@SecurityRequirement(name = "bearer")
public class FavoriteResource {
    @Inject
    FavoriteService favorites;
    @Inject
    Provider<Actor> actor;
    @Inject
    SkuStockLookup stock;

    @GET
    @Operation(operationId = "listMyFavorites", summary = "Favourite products on sale, newest favourite first")
    public ListResponse<ProductView> list(
            @QueryParam("limit") @Parameter(description = "1 to 100, default 20", schema = @Schema(type = SchemaType.INTEGER)) String limit,
            @QueryParam("after") @Parameter(description = "The next cursor of the previous page") String after) {
        Page<Product> page = favorites.list(actor.get(), PageParameters.pageRequest(limit, after));
        Function<SkuId, SkuStockView> levels = stock.of(actor.get(), page.items(), Optional.empty());
        return ListResponse.of(page, p -> ProductView.of(p, levels, false));
    }

    @PUT
    @Path("/{productId}")
    @Idempotent
    @Operation(operationId = "addMyFavorite", summary = "Keep a product on sale as a favourite; adding it again changes nothing")
    public Response add(@PathParam("productId") String productId) {
        favorites.add(actor.get(), ProductId.parse(productId));
        return Response.noContent().build();
    }

    @DELETE
    @Path("/{productId}")
    @Idempotent
    @Operation(operationId = "removeMyFavorite", summary = "Forget a favourite; one that is not there is fine")
    public Response remove(@PathParam("productId") String productId) {
        favorites.remove(actor.get(), ProductId.parse(productId));
        return Response.noContent().build();
    }
}
