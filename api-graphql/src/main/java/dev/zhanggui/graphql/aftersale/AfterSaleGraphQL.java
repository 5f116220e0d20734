package dev.zhanggui.graphql.aftersale;

import dev.zhanggui.aftersale.AfterSale;
import dev.zhanggui.aftersale.AfterSaleId;
import dev.zhanggui.aftersale.AfterSaleService;
import dev.zhanggui.aftersale.RefundService;
import dev.zhanggui.graphql.aftersale.AfterSaleInputTypes.AfterSaleRequestInput;
import dev.zhanggui.graphql.aftersale.AfterSalePayloads.AfterSaleConnection;
import dev.zhanggui.graphql.aftersale.AfterSalePayloads.AfterSalePayload;
import dev.zhanggui.graphql.aftersale.AfterSaleTypes.AfterSaleNode;
import dev.zhanggui.graphql.aftersale.AfterSaleTypes.AfterSaleReasonNode;
import dev.zhanggui.graphql.aftersale.AfterSaleTypes.RefundNode;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.order.OrderId;
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
import java.util.List;
import java.util.function.Supplier;

/**
 * After-sales over GraphQL for the customer (售后): the reasons offered, their requests, asking
 * (申请售后), entering the return's tracking number, withdrawing; and one request or an order's
 * refunds, which staff read too. Another customer's request is simply not found (null).
 */
@GraphQLApi
public class AfterSaleGraphQL {
    @Inject
    AfterSaleService afterSales;
    @Inject
    RefundService refunds;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("afterSaleReasons")
    @Description("The merchant's after-sales reasons (售后原因), in the order shown; a request names one by its code")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull List<@NonNull AfterSaleReasonNode> afterSaleReasons() {
        return afterSales.reasons(actor.get()).stream().map(AfterSaleReasonNode::of).toList();
    }

    @Query("myAfterSales")
    @Description("The calling customer's after-sales requests, newest first")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull AfterSaleConnection myAfterSales(@Name("first") @DefaultValue("20") int first,
                                                     @Name("after") String after) {
        return AfterSaleConnection.of(afterSales.mine(actor.get(), PageRequest.of(first, after)));
    }

    @Query("afterSale")
    @Description("One request with its messages and its refund: the customer's own, or any of the merchant's for"
            + " staff; null if there is no such request")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public AfterSaleNode afterSale(@NonNull @Id @Name("id") String id) {
        Actor caller = actor.get();
        try {
            AfterSale found = afterSales.one(caller, AfterSaleId.parse(id));
            return AfterSaleNode.of(found, found.refund().isPresent() ? afterSales.refundOf(caller, found.id())
                    : java.util.Optional.empty());
        } catch (DomainException e) {
            if (e.code() == ErrorCode.AFTERSALE_NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    @Query("orderRefunds")
    @Description("退款记录: an order's refunds, oldest first, each with its split per tender and how far each"
            + " destination got (the customer's own orders, or any of the merchant's for staff)")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull List<@NonNull RefundNode> orderRefunds(@NonNull @Id @Name("orderId") String orderId) {
        return refunds.refundsOf(actor.get(), OrderId.parse(orderId)).stream().map(RefundNode::of).toList();
    }

    @Mutation("requestAfterSale")
    @Description("申请售后: refund only (paid and not shipped, or a parcel the merchant intercepts) or return and"
            + " refund (shipped or received), for some lines or the whole order; one open request per line")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull AfterSalePayload requestAfterSale(@NonNull @Id @Name("orderId") String orderId,
                                                      @NonNull @Name("input") AfterSaleRequestInput input,
                                                      @Name("idempotencyKey") String idempotencyKey) {
        return run("requestAfterSale", idempotencyKey, Arrays.asList(orderId, input),
                () -> afterSales.request(actor.get(), input.toCore(OrderId.parse(orderId))));
    }

    @Mutation("submitReturnShipment")
    @Description("填写退货物流: the carrier and tracking number of the goods sent back, once approved with return;"
            + " entered again, it corrects them")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull AfterSalePayload submitReturnShipment(@NonNull @Id @Name("id") String id,
                                                          @NonNull @Name("carrier") String carrier,
                                                          @NonNull @Name("trackingNumber") String trackingNumber,
                                                          @Name("idempotencyKey") String idempotencyKey) {
        return run("submitReturnShipment", idempotencyKey, Arrays.asList(id, carrier, trackingNumber),
                () -> afterSales.submitReturnShipment(actor.get(), AfterSaleId.parse(id), carrier, trackingNumber));
    }

    @Mutation("withdrawAfterSale")
    @Description("撤销申请: while it waits for review or for the return; its lines are free for a new request")
    @RolesAllowed(Roles.CUSTOMER)
    public @NonNull AfterSalePayload withdrawAfterSale(@NonNull @Id @Name("id") String id,
                                                       @Name("idempotencyKey") String idempotencyKey) {
        return run("withdrawAfterSale", idempotencyKey, id,
                () -> afterSales.withdraw(actor.get(), AfterSaleId.parse(id)));
    }

    private AfterSalePayload run(String operation, String key, Object input, Supplier<AfterSale> step) {
        return run(mutations, afterSales, actor, operation, key, input, step);
    }

    /** Runs a step as a mutation; the payload carries the request with its refund, if it has one. */
    static AfterSalePayload run(Mutations mutations, AfterSaleService afterSales, Provider<Actor> actor,
                                String operation, String key, Object input, Supplier<AfterSale> step) {
        return mutations.run(operation, key, input, AfterSalePayload.class, () -> {
            AfterSale changed = step.get();
            return AfterSalePayload.of(changed, changed.refund().isPresent()
                    ? afterSales.refundOf(actor.get(), changed.id()) : java.util.Optional.empty());
        }, AfterSalePayload::refused);
    }
}
