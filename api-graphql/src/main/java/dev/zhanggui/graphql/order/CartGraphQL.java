package dev.zhanggui.graphql.order;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.graphql.order.OrderEnums.CartLineAvailability;
import dev.zhanggui.graphql.pricing.QuoteTypes.QuoteNode;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.order.CartLineState;
import dev.zhanggui.order.CartService;
import dev.zhanggui.order.CartView;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Type;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The calling customer's cart (购物车) over GraphQL: read it priced live with every line flagged,
 * add, change and remove lines, and fill it again from an old order (再次订购).
 */
@GraphQLApi
public class CartGraphQL {
    @Inject
    CartService carts;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Type("CartLine")
    @Description("A cart line and whether it can be bought now; lines that cannot are kept and flagged, not dropped")
    public record CartLineNode(@NonNull @Id String skuId, @NonNull int quantity, @Id String storeId,
                               @NonNull CartLineAvailability availability,
                               @NonNull @Description("How many can be bought now") int available) {
        static CartLineNode of(CartLineState s) {
            return new CartLineNode(s.line().sku().value().toString(), s.line().quantity(),
                    s.line().store().map(st -> st.value().toString()).orElse(null),
                    CartLineAvailability.of(s.availability()), s.available());
        }
    }

    @Type("Cart")
    @Description("The cart: every line flagged, and the live quote of the lines that can be bought (best coupon,"
            + " express); checkout with its payable as expectedPayable")
    public record CartNode(@NonNull List<@NonNull CartLineNode> lines, QuoteNode quote, @NonNull int version) {
        static CartNode of(CartView v) {
            return new CartNode(v.lines().stream().map(CartLineNode::of).toList(),
                    v.quote().map(QuoteNode::of).orElse(null), Math.toIntExact(v.version()));
        }
    }

    @Type("CartPayload")
    public record CartPayload(CartNode cart, @NonNull List<@NonNull UserError> errors) implements Payload {
        static CartPayload refused(List<UserError> errors) {
            return new CartPayload(null, errors);
        }
    }

    @Query("cart")
    @Description("The calling customer's cart, priced live")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CartNode cart() {
        return CartNode.of(carts.view(actor.get()));
    }

    @Mutation("addToCart")
    @Description("Adds units of a SKU (from a store, for scan-and-go); the same SKU and store merge into one line")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CartPayload addToCart(@NonNull @Id @Name("skuId") String skuId,
                                          @NonNull @Name("quantity") int quantity,
                                          @Id @Name("storeId") String storeId,
                                          @Name("idempotencyKey") String idempotencyKey) {
        return run("addToCart", idempotencyKey, Arrays.asList(skuId, quantity, storeId),
                () -> carts.add(actor.get(), SkuId.parse(skuId), quantity, store(storeId)));
    }

    @Mutation("updateCartLine")
    @Description("Sets a line's quantity; 0 removes the line")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CartPayload updateCartLine(@NonNull @Id @Name("skuId") String skuId,
                                               @NonNull @Name("quantity") int quantity,
                                               @Id @Name("storeId") String storeId,
                                               @Name("idempotencyKey") String idempotencyKey) {
        return run("updateCartLine", idempotencyKey, Arrays.asList(skuId, quantity, storeId),
                () -> carts.update(actor.get(), SkuId.parse(skuId), store(storeId), quantity));
    }

    @Mutation("removeCartLine")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CartPayload removeCartLine(@NonNull @Id @Name("skuId") String skuId,
                                               @Id @Name("storeId") String storeId,
                                               @Name("idempotencyKey") String idempotencyKey) {
        return run("removeCartLine", idempotencyKey, Arrays.asList(skuId, storeId),
                () -> carts.remove(actor.get(), SkuId.parse(skuId), store(storeId)));
    }

    @Mutation("reorder")
    @Description("再次订购: adds the lines of one of the customer's orders to the cart")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CartPayload reorder(@NonNull @Id @Name("orderId") String orderId,
                                        @Name("idempotencyKey") String idempotencyKey) {
        return run("reorder", idempotencyKey, orderId, () -> carts.reorder(actor.get(), OrderId.parse(orderId)));
    }

    private CartPayload run(String operation, String key, Object input, Supplier<CartView> work) {
        return mutations.run(operation, key, input, CartPayload.class,
                () -> new CartPayload(CartNode.of(work.get()), List.of()), CartPayload::refused);
    }

    private static Optional<StoreId> store(String storeId) {
        return OrderArguments.id(storeId, StoreId::parse);
    }
}
