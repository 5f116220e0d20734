package dev.zhanggui.rest.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.order.CartService;
import dev.zhanggui.order.CartView;
import dev.zhanggui.rest.order.CartViews.CartResponse;
import dev.zhanggui.rest.order.OrderInputs.CartLineAdd;
import dev.zhanggui.rest.order.OrderInputs.CartLineChange;
import dev.zhanggui.rest.shared.Idempotent;
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
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.Optional;

/**
 * The calling customer's cart (购物车). A line is a SKU bought from a store or the warehouse
 * ({@code storeId} absent); adding the same SKU and store again adds to its quantity. Every answer
 * is the whole cart, flagged and priced.
 */
@Path("/api/v1/me/cart")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.CUSTOMER)
@Tag(name = "Orders", description = "Cart, checkout, the order lifecycle, shipping and in-store verification")
@SecurityRequirement(name = "bearer")
public class MyCartResource {
    @Inject
    CartService carts;
    @Inject
    Provider<Actor> actor;

    @GET
    @Operation(operationId = "getMyCart", summary = "The cart: lines flagged OK, OFF_SHELF or OUT_OF_STOCK (with the "
            + "quantity available) and the live quote of the buyable ones")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = CartResponse.class)))
    public Response get() {
        return answer(carts.view(actor.get()));
    }

    @POST
    @Path("/lines")
    @Idempotent
    @Operation(operationId = "addToMyCart", summary = "Add units of a SKU (from a store); merges with its line")
    public Response add(CartLineAdd body) {
        if (body == null) {
            throw DomainException.invalidField("skuId", ErrorCode.CART_LINE_INVALID, "A SKU to add is required");
        }
        int quantity = body.quantity() == null ? 1 : body.quantity();
        return answer(carts.add(actor.get(), sku(body.skuId()), quantity, store(body.storeId())));
    }

    @PUT
    @Path("/lines/{skuId}")
    @Idempotent
    @Operation(operationId = "setMyCartLine", summary = "Set a line's quantity; 0 removes the line")
    public Response set(@PathParam("skuId") String skuId,
                        @QueryParam("storeId") @Parameter(description = "The line's store, if it has one") String storeId,
                        CartLineChange body) {
        return setLine(skuId, storeId, body);
    }

    @PATCH
    @Path("/lines/{skuId}")
    @Idempotent
    @Operation(operationId = "changeMyCartLine", summary = "Change a line's quantity (as PUT); 0 removes the line")
    public Response change(@PathParam("skuId") String skuId,
                           @QueryParam("storeId") @Parameter(description = "The line's store, if it has one") String storeId,
                           CartLineChange body) {
        // Not set(...): a call on this bean goes through the idempotency interceptor a second time.
        return setLine(skuId, storeId, body);
    }

    private Response setLine(String skuId, String storeId, CartLineChange body) {
        if (body == null || body.quantity() == null) {
            throw DomainException.invalidField("quantity", ErrorCode.CART_LINE_INVALID, "A quantity is required");
        }
        return answer(carts.update(actor.get(), sku(skuId), store(storeId), body.quantity()));
    }

    @DELETE
    @Path("/lines/{skuId}")
    @Idempotent
    @Operation(operationId = "removeFromMyCart", summary = "Remove a line; removing a line that is not there changes nothing")
    public Response remove(@PathParam("skuId") String skuId,
                           @QueryParam("storeId") @Parameter(description = "The line's store, if it has one") String storeId) {
        return answer(carts.remove(actor.get(), sku(skuId), store(storeId)));
    }

    static Response answer(CartView cart) {
        return Response.ok(CartResponse.of(cart)).build();
    }

    private static SkuId sku(String text) {
        if (text == null || text.isBlank()) {
            throw DomainException.invalidField("skuId", ErrorCode.CART_LINE_INVALID, "A SKU is required");
        }
        return SkuId.parse(text.strip());
    }

    private static Optional<StoreId> store(String text) {
        return text == null || text.isBlank() ? Optional.empty() : Optional.of(StoreId.parse(text.strip()));
    }
}
