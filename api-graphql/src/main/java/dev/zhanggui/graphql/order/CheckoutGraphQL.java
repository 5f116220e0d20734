package dev.zhanggui.graphql.order;

import dev.zhanggui.graphql.order.OrderInputTypes.CheckoutInput;
import dev.zhanggui.graphql.order.OrderInputTypes.StaffOrderInput;
import dev.zhanggui.graphql.order.OrderPayloads.CheckoutPayload;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.order.CheckoutService;
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

import java.util.Arrays;
import java.util.Optional;

/**
 * Checkout (结算下单) over GraphQL: the customer orders their cart or given lines; staff order for a
 * customer (代客下单), placed at once or as a draft (待提交) they submit later. A re-quote that differs
 * from what the customer saw is refused with {@code PRICE_CHANGED} and the new quote in the payload.
 */
@GraphQLApi
public class CheckoutGraphQL {
    @Inject
    CheckoutService checkout;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Mutation("checkout")
    @Description("Places the calling customer's order: stock, coupon, points and balance are taken at once;"
            + " an order with money left to pay online waits in PENDING_PAYMENT for payOrder")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull CheckoutPayload checkout(@NonNull @Name("input") CheckoutInput input,
                                             @Name("idempotencyKey") String idempotencyKey) {
        return mutations.runRefusing("checkout", idempotencyKey, input, CheckoutPayload.class,
                () -> CheckoutPayload.of(checkout.checkout(actor.get(), input.toCore())),
                CheckoutPayload::refused);
    }

    @Mutation("createStaffOrder")
    @Description("代客下单: an order for a customer, placed at once or saved as a draft (待提交, holds nothing)")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CheckoutPayload createStaffOrder(@NonNull @Name("input") StaffOrderInput input,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.runRefusing("createStaffOrder", idempotencyKey, input, CheckoutPayload.class,
                () -> CheckoutPayload.of(checkout.checkout(actor.get(), input.toCore())),
                CheckoutPayload::refused);
    }

    @Mutation("submitDraftOrder")
    @Description("Places a draft (提交) at its drafted prices: stock, coupon and wallet tenders are taken now")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CheckoutPayload submitDraftOrder(@NonNull @Id @Name("id") String id,
                                                     @Name("expectedVersion") Integer expectedVersion,
                                                     @Name("idempotencyKey") String idempotencyKey) {
        return mutations.runRefusing("submitDraftOrder", idempotencyKey, Arrays.asList(id, expectedVersion),
                CheckoutPayload.class, () -> CheckoutPayload.of(checkout.submitDraft(actor.get(), OrderId.parse(id),
                        Optional.ofNullable(expectedVersion).map(Integer::longValue))),
                CheckoutPayload::refused);
    }
}
