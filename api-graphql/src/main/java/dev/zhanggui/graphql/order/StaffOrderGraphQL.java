package dev.zhanggui.graphql.order;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerFilter;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.graphql.order.OrderInputTypes.OrderFilterInput;
import dev.zhanggui.graphql.order.OrderPayloads.OrderConnection;
import dev.zhanggui.graphql.order.OrderPayloads.OrderPayload;
import dev.zhanggui.graphql.order.OrderTypes.OrderNode;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.order.FulfilmentService;
import dev.zhanggui.order.OrderFilter;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.order.OrderService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
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
import java.util.Optional;

import static dev.zhanggui.graphql.order.MyOrderGraphQL.orNull;
import static dev.zhanggui.graphql.order.MyOrderGraphQL.version;

/**
 * The merchant's orders over GraphQL (订单管理): the list by filter with the query total
 * (当前查询总金额), one order, and the staff changes before shipping: price change (改价), approval
 * (审核), voiding (作废).
 */
@GraphQLApi
public class StaffOrderGraphQL {
    @Inject
    OrderService orders;
    @Inject
    CustomerService customers;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;
    @Inject
    FulfilmentService fulfilment;

    @Query("orders")
    @Description("The merchant's orders by filter, newest first, with the total of every order the query matches")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull OrderConnection orders(@Name("filter") OrderFilterInput filter,
                                           @Name("first") @DefaultValue("20") int first,
                                           @Name("after") String after) {
        Actor caller = actor.get();
        PageRequest page = PageRequest.of(first, after);
        if (filter == null) {
            return OrderConnection.of(orders.list(caller, OrderFilter.ALL, page));
        }
        Optional<CustomerId> byPhone = Optional.empty();
        if (filter.phone() != null && !filter.phone().isBlank()) {
            byPhone = customerWithPhone(caller, filter.phone());
            if (byPhone.isEmpty() || (filter.customerId() != null && !filter.customerId().isBlank()
                    && !byPhone.get().equals(CustomerId.parse(filter.customerId().strip())))) {
                return OrderConnection.of(new Page<>(List.of(), List.of(), Optional.empty()), Money.zero().toString());
            }
        }
        return OrderConnection.of(orders.list(caller, filter.toCore(byPhone), page));
    }

    @Query("order")
    @Description("One order of the merchant with its messages, or null")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public OrderNode order(@NonNull @Id @Name("id") String id) {
        return orNull(() -> orders.order(actor.get(), OrderId.parse(id)));
    }

    @Mutation("adjustOrderPrice")
    @Description("改价: adds to (\"+100.00\") or takes off (\"-10.00\") the goods and the shipping of an unpaid"
            + " order, with a reason; balance and points already applied stay, the amount due changes")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull OrderPayload adjustOrderPrice(@NonNull @Id @Name("id") String id,
                                                  @Name("goods") String goods, @Name("shipping") String shipping,
                                                  @NonNull @Name("reason") String reason,
                                                  @Name("expectedVersion") Integer expectedVersion,
                                                  @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("adjustOrderPrice", idempotencyKey,
                Arrays.asList(id, goods, shipping, reason, expectedVersion), OrderPayload.class,
                () -> OrderPayload.of(orders.adjustPrice(actor.get(), OrderId.parse(id),
                        OrderArguments.signedMoney("goods", goods), OrderArguments.signedMoney("shipping", shipping),
                        reason, version(expectedVersion))), OrderPayload::refused);
    }

    @Mutation("approveOrder")
    @Description("审核通过: approves a reviewed order for shipping")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull OrderPayload approveOrder(@NonNull @Id @Name("id") String id,
                                              @Name("expectedVersion") Integer expectedVersion,
                                              @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("approveOrder", idempotencyKey, Arrays.asList(id, expectedVersion), OrderPayload.class,
                () -> OrderPayload.of(fulfilment.approve(actor.get(), OrderId.parse(id), version(expectedVersion))),
                OrderPayload::refused);
    }

    @Mutation("voidOrder")
    @Description("作废: voids an order not shipped yet, with a reason; what it held goes back")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull OrderPayload voidOrder(@NonNull @Id @Name("id") String id, @NonNull @Name("reason") String reason,
                                           @Name("expectedVersion") Integer expectedVersion,
                                           @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("voidOrder", idempotencyKey, Arrays.asList(id, reason, expectedVersion),
                OrderPayload.class, () -> OrderPayload.of(orders.voidOrder(actor.get(), OrderId.parse(id), reason,
                        version(expectedVersion))), OrderPayload::refused);
    }

    /** The customer with exactly this phone number, if the merchant has one. */
    private Optional<CustomerId> customerWithPhone(Actor caller, String phone) {
        String wanted = phone.replaceAll("[\\s-]", "");
        return customers.list(caller, new CustomerFilter(Optional.of(wanted), Optional.empty()), PageRequest.first(10))
                .items().stream().filter(c -> c.phone().value().equals(wanted)).map(Customer::id).findFirst();
    }
}
