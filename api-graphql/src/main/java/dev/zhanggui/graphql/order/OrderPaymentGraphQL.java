package dev.zhanggui.graphql.order;

import dev.zhanggui.graphql.order.OrderPayloads.OrderPayload;
import dev.zhanggui.graphql.order.OrderPayloads.PayOrderPayload;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.order.OrderOnlinePayment;
import dev.zhanggui.order.OrderPaymentService;
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

import static dev.zhanggui.graphql.order.MyOrderGraphQL.version;

/**
 * Paying an order over GraphQL: the customer starts the online payment (在线支付) of what is due
 * online; staff record money received (确认收款: a transfer arrived, cash taken) and settle a
 * cash-on-delivery order after delivery (货到付款).
 */
@GraphQLApi
public class OrderPaymentGraphQL {
    @Inject
    OrderOnlinePayment online;
    @Inject
    OrderPaymentService payments;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Mutation("payOrder")
    @Description("Starts the online payment of an order pending payment, for the amount due online; answers the"
            + " payment to make at the gateway. The order is paid when the gateway confirms it. Each call starts a"
            + " new payment; only the first confirmed pays the order")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF})
    public @NonNull PayOrderPayload payOrder(@NonNull @Id @Name("id") String id,
                                             @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("payOrder", idempotencyKey, id, PayOrderPayload.class,
                () -> PayOrderPayload.of(id, online.start(actor.get(), OrderId.parse(id))),
                PayOrderPayload::refused);
    }

    @Mutation("recordPayment")
    @Description("确认收款: staff record that the rest of an unpaid order was received (a transfer arrived, cash"
            + " taken); the reference defaults to the staff member")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull OrderPayload recordPayment(@NonNull @Id @Name("id") String id,
                                               @Name("reference") String reference,
                                               @Name("expectedVersion") Integer expectedVersion,
                                               @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("recordPayment", idempotencyKey, Arrays.asList(id, reference, expectedVersion),
                OrderPayload.class, () -> OrderPayload.of(payments.recordPayment(actor.get(), OrderId.parse(id),
                        reference, version(expectedVersion))), OrderPayload::refused);
    }

    @Mutation("settleCashOnDelivery")
    @Description("货到付款的订单要做付款: staff settle a cash-on-delivery order (any time from TO_SHIP)")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull OrderPayload settleCashOnDelivery(@NonNull @Id @Name("id") String id,
                                                      @Name("reference") String reference,
                                                      @Name("expectedVersion") Integer expectedVersion,
                                                      @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("settleCashOnDelivery", idempotencyKey, Arrays.asList(id, reference, expectedVersion),
                OrderPayload.class, () -> OrderPayload.of(payments.settleCashOnDelivery(actor.get(),
                        OrderId.parse(id), reference, version(expectedVersion))), OrderPayload::refused);
    }
}
