package dev.zhanggui.graphql.order;

import dev.zhanggui.graphql.customer.CustomerTypes.AddressInput;
import dev.zhanggui.graphql.order.OrderPayloads.OrderConnection;
import dev.zhanggui.graphql.order.OrderPayloads.OrderPayload;
import dev.zhanggui.graphql.order.OrderTypes.OrderNode;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.order.OrderPaymentService;
import dev.zhanggui.order.OrderService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
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
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The customer's own orders over GraphQL (我的订单): the list, one order with its messages, and what
 * the customer does with it: cancel an unpaid one, ask to cancel a paid one, report an offline
 * transfer, correct the address, confirm receipt. Another customer's order is simply not found.
 */
@GraphQLApi
public class MyOrderGraphQL {
    @Inject
    OrderService orders;
    @Inject
    OrderPaymentService payments;
    @Inject
    FulfilmentService fulfilment;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("myOrders")
    @Description("The calling customer's orders, newest first")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull OrderConnection myOrders(@Name("first") @DefaultValue("20") int first,
                                             @Name("after") String after) {
        return OrderConnection.of(orders.myOrders(actor.get(), PageRequest.of(first, after)), null);
    }

    @Query("myOrder")
    @Description("One of the calling customer's orders with its messages, or null")
    @RolesAllowed(Roles.CUSTOMER)
    public OrderNode myOrder(@NonNull @Id @Name("id") String id) {
        return orNull(() -> orders.order(actor.get(), OrderId.parse(id)));
    }

    @Mutation("cancelOrder")
    @Description("取消订单: cancels an order no money came in for (unpaid, or cash on delivery not shipped);"
            + " stock, coupon, points and balance go back. A paid one is ORDER_ALREADY_PAID: request a cancellation")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull OrderPayload cancelOrder(@NonNull @Id @Name("id") String id,
                                             @Name("idempotencyKey") String idempotencyKey) {
        return run("cancelOrder", idempotencyKey, id, () -> orders.cancel(actor.get(), OrderId.parse(id)));
    }

    @Mutation("requestOrderCancellation")
    @Description("Asks to cancel a paid order not shipped yet (取消中); after-sales decides and refunds")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull OrderPayload requestOrderCancellation(@NonNull @Id @Name("id") String id,
                                                          @Name("reason") String reason,
                                                          @Name("idempotencyKey") String idempotencyKey) {
        return run("requestOrderCancellation", idempotencyKey, Arrays.asList(id, reason),
                () -> orders.requestCancellation(actor.get(), OrderId.parse(id), reason));
    }

    @Mutation("reportTransfer")
    @Description("Reports the offline transfer made for an order (线下转账): date (e.g. 2026-06-08) and account;"
            + " staff confirm it arrived with recordPayment")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull OrderPayload reportTransfer(@NonNull @Id @Name("id") String id,
                                                @NonNull @Name("transferDate") String transferDate,
                                                @NonNull @Name("account") String account,
                                                @Name("idempotencyKey") String idempotencyKey) {
        return run("reportTransfer", idempotencyKey, Arrays.asList(id, transferDate, account),
                () -> payments.reportTransfer(actor.get(), OrderId.parse(id),
                        OrderArguments.requiredDate("transferDate", transferDate), account));
    }

    @Mutation("changeOrderAddress")
    @Description("Corrects the shipping address of an express order not shipped yet (the customer their own,"
            + " staff any)")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull OrderPayload changeOrderAddress(@NonNull @Id @Name("id") String id,
                                                    @NonNull @Name("address") AddressInput address,
                                                    @Name("expectedVersion") Integer expectedVersion,
                                                    @Name("idempotencyKey") String idempotencyKey) {
        return run("changeOrderAddress", idempotencyKey, Arrays.asList(id, address, expectedVersion),
                () -> fulfilment.changeAddress(actor.get(), OrderId.parse(id), address.toDetails(),
                        version(expectedVersion)));
    }

    @Mutation("confirmReceipt")
    @Description("确认收货: the customer confirms receipt of a shipped order, or staff confirm it for them")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull OrderPayload confirmReceipt(@NonNull @Id @Name("id") String id,
                                                @Name("idempotencyKey") String idempotencyKey) {
        return run("confirmReceipt", idempotencyKey, id,
                () -> fulfilment.confirmReceipt(actor.get(), OrderId.parse(id)));
    }

    private OrderPayload run(String operation, String key, Object input, Supplier<Order> work) {
        return mutations.run(operation, key, input, OrderPayload.class, () -> OrderPayload.of(work.get()),
                OrderPayload::refused);
    }

    static Optional<Long> version(Integer expectedVersion) {
        return Optional.ofNullable(expectedVersion).map(Integer::longValue);
    }

    /** An order, or null when the caller has no such order (another customer's, another merchant's). */
    static OrderNode orNull(Supplier<Order> load) {
        try {
            return OrderNode.of(load.get());
        } catch (DomainException e) {
            if (e.code() == ErrorCode.ORDER_NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }
}
