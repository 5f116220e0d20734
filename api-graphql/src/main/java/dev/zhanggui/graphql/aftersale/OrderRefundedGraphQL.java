package dev.zhanggui.graphql.aftersale;

import dev.zhanggui.aftersale.Refund;
import dev.zhanggui.aftersale.RefundService;
import dev.zhanggui.aftersale.RefundedAmounts;
import dev.zhanggui.graphql.aftersale.AfterSaleEnums.OrderRefundStateValue;
import dev.zhanggui.graphql.order.OrderTypes.OrderNode;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.Actor;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;
import org.eclipse.microprofile.graphql.Type;

import java.util.List;
import java.util.Map;

/**
 * Adds {@code refunded} to the {@code Order} type: what the order has been refunded (已退款). The
 * source is batched: the refunds of every order of a list are read together, in one query.
 */
@GraphQLApi
public class OrderRefundedGraphQL {
    @Inject
    RefundService refunds;
    @Inject
    Provider<Actor> actor;

    @Type("OrderRefunded")
    @Description("What an order has been refunded: the money of refund parts that succeeded, in all and per"
            + " destination (原路退回), and what is still on its way (退款中: pending at the gateway, or failed and to retry)")
    public record OrderRefundedNode(@NonNull OrderRefundStateValue state, @NonNull String total,
                                    @NonNull String pending,
                                    @NonNull @Description("Back through the payment gateway") String online,
                                    @NonNull @Description("Back to the balance") String balance,
                                    @NonNull @Description("The money of the points given back") String points,
                                    @NonNull @Description("Whole points given back") long pointsReturned,
                                    @NonNull @Description("Credit in use that went down") String credit,
                                    @NonNull @Description("Settled offline and recorded: cash on delivery, cash,"
                                            + " transfers, manual refunds") String manual) {
        static OrderRefundedNode of(RefundedAmounts r) {
            return new OrderRefundedNode(OrderRefundStateValue.of(r.state()), r.total().toString(),
                    r.pending().toString(), r.online().toString(), r.balance().toString(), r.points().toString(),
                    r.pointsReturned().value(), r.credit().toString(), r.manual().toString());
        }
    }

    @Name("refunded")
    @Description("What the order has been refunded (已退款), per destination, and its refund state")
    public List<@NonNull OrderRefundedNode> refunded(@Source List<OrderNode> orders) {
        List<OrderId> ids = orders.stream().map(o -> OrderId.parse(o.id())).toList();
        Map<OrderId, List<Refund>> byOrder = refunds.refundsOf(actor.get(), ids);
        return orders.stream().map(o -> OrderRefundedNode.of(RefundedAmounts.of(
                byOrder.getOrDefault(OrderId.parse(o.id()), List.of()), o.everyUnitRefunded()))).toList();
    }
}
