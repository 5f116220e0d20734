package dev.zhanggui.graphql.aftersale;

import dev.zhanggui.aftersale.Refund;
import dev.zhanggui.aftersale.RefundId;
import dev.zhanggui.aftersale.RefundService;
import dev.zhanggui.graphql.aftersale.AfterSalePayloads.RefundPayload;
import dev.zhanggui.graphql.aftersale.AfterSaleTypes.RefundNode;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
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

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Refunds over GraphQL (退款): one refund, the merchant's refunds with a part pending or failed
 * (退款异常) and their retry with the same keys, and the refund of a paid order whose cancellation
 * the customer asked (取消中), as REST has them.
 */
@GraphQLApi
public class RefundGraphQL {
    @Inject
    RefundService refunds;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("refund")
    @Description("One refund with its split per tender: the customer's own, or any of the merchant's for staff;"
            + " null if there is no such refund")
    @RolesAllowed({Roles.CUSTOMER, Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public RefundNode refund(@NonNull @Id @Name("id") String id) {
        try {
            return RefundNode.of(refunds.refund(actor.get(), RefundId.parse(id)));
        } catch (DomainException e) {
            if (e.code() == ErrorCode.REFUND_NOT_FOUND) {
                return null;
            }
            throw e;
        }
    }

    @Query("unsettledRefunds")
    @Description("退款异常: the merchant's refunds with a part pending or failed, to follow up or retry")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull List<@NonNull RefundNode> unsettledRefunds() {
        return refunds.unsettled(actor.get()).stream().map(RefundNode::of).toList();
    }

    @Mutation("retryRefund")
    @Description("Retries the parts of a refund that failed, with the same keys: the gateway never pays twice;"
            + " REFUND_NOT_RETRYABLE when no part is due")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull RefundPayload retryRefund(@NonNull @Id @Name("id") String id,
                                              @Name("idempotencyKey") String idempotencyKey) {
        return run("retryRefund", idempotencyKey, id, () -> refunds.retry(actor.get(), RefundId.parse(id)));
    }

    @Mutation("refundOrderCancellation")
    @Description("Refunds a paid order the customer asked to cancel (取消中): every unit left, back to every tender;"
            + " the order closes, stock and coupon come back. Asked again, answers the same refund")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull RefundPayload refundOrderCancellation(@NonNull @Id @Name("orderId") String orderId,
                                                          @Name("note") String note,
                                                          @Name("idempotencyKey") String idempotencyKey) {
        return run("refundOrderCancellation", idempotencyKey, Arrays.asList(orderId, note),
                () -> refunds.refundCancellation(actor.get(), OrderId.parse(orderId), Optional.ofNullable(note)));
    }

    private RefundPayload run(String operation, String key, Object input, Supplier<Refund> work) {
        return mutations.run(operation, key, input, RefundPayload.class, () -> RefundPayload.of(work.get()),
                RefundPayload::refused);
    }
}
