package dev.zhanggui.rest.order;

import dev.zhanggui.aftersale.RefundService;
import dev.zhanggui.aftersale.RefundedAmounts;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.rest.order.OrderViews.OrderView;
import dev.zhanggui.shared.Actor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import jakarta.ws.rs.core.Response;

import java.util.List;
import java.util.Map;

/**
 * Orders as the REST API answers them, with what they have been refunded: the refunds of a whole
 * page are read at once (one query), and an order that records no refund needs none.
 */
@ApplicationScoped
public class OrderAnswers {
    @Inject
    RefundService refunds;
    @Inject
    Provider<Actor> actor;

    public OrderView view(Order order) {
        return views(List.of(order)).getFirst();
    }

    public List<OrderView> views(List<Order> orders) {
        Map<OrderId, RefundedAmounts> refunded = refunds.refundedAmounts(actor.get(), orders);
        return orders.stream().map(o -> OrderView.of(o, refunded.get(o.id()))).toList();
    }

    /** The order with its version as the ETag. */
    public Response withETag(Order order) {
        return Response.ok(view(order)).tag(String.valueOf(order.version())).build();
    }
}
