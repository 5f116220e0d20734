package dev.zhanggui.graphql.order;

import dev.zhanggui.graphql.order.OrderInputTypes.PackageInput;
import dev.zhanggui.graphql.order.OrderInputTypes.VerificationFilterInput;
import dev.zhanggui.graphql.order.OrderPayloads.OrderPayload;
import dev.zhanggui.graphql.order.OrderPayloads.ShipOrdersPayload;
import dev.zhanggui.graphql.order.OrderPayloads.VerificationConnection;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.Arrays;
import java.util.List;

import static dev.zhanggui.graphql.order.MyOrderGraphQL.version;

/**
 * Getting the goods out over GraphQL (发货与核销): staff ship an order in one or several packages
 * (多包裹), ship many orders at once (批量发货), verify the in-store code of a pickup or
 * scan-and-go order (核销) and read the verifications (核销记录).
 */
@GraphQLApi
public class FulfilmentGraphQL {
    @Inject
    FulfilmentService fulfilment;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Mutation("shipOrder")
    @Description("Sends one package of an order to ship; the order is SHIPPED when every unit is")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull OrderPayload shipOrder(@NonNull @Id @Name("id") String id,
                                           @NonNull @Name("package") PackageInput parcel,
                                           @Name("expectedVersion") Integer expectedVersion,
                                           @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("shipOrder", idempotencyKey, Arrays.asList(id, parcel, expectedVersion),
                OrderPayload.class, () -> OrderPayload.of(fulfilment.ship(actor.get(), OrderId.parse(id),
                        parcel.toCore(), version(expectedVersion))), OrderPayload::refused);
    }

    @Mutation("shipOrders")
    @Description("批量发货: ships each order in full in one package with its tracking number (one per order, in"
            + " order); each order on its own, so one refusal does not stop the others")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull ShipOrdersPayload shipOrders(@NonNull @Name("ids") List<@NonNull String> ids,
                                                 @NonNull @Name("carrier") String carrier,
                                                 @NonNull @Name("trackingNumbers") List<@NonNull String> trackingNumbers,
                                                 @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("shipOrders", idempotencyKey, Arrays.asList(ids, carrier, trackingNumbers),
                ShipOrdersPayload.class, () -> ShipOrdersPayload.of(fulfilment.shipAll(actor.get(),
                        ids.stream().map(OrderId::parse).toList(), carrier, trackingNumbers)),
                ShipOrdersPayload::refused);
    }

    @Mutation("verifyCode")
    @Description("核销: verifies the in-store code of a pickup or scan-and-go order, once;"
            + " the second time is VERIFICATION_ALREADY_USED")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull OrderPayload verifyCode(@NonNull @Name("code") String code,
                                            @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("verifyCode", idempotencyKey, code, OrderPayload.class,
                () -> OrderPayload.of(fulfilment.verify(actor.get(), code)), OrderPayload::refused);
    }

    @Query("verifications")
    @Description("核销记录, latest first, with the totals of the filter and of today (the merchant's day):"
            + " staff see their own, the merchant admin everyone's")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull VerificationConnection verifications(@Name("filter") VerificationFilterInput filter,
                                                         @Name("first") @DefaultValue("20") int first,
                                                         @Name("after") String after) {
        return VerificationConnection.of(fulfilment.verifications(actor.get(),
                VerificationFilterInput.toCore(filter), PageRequest.of(first, after)));
    }
}
