package dev.zhanggui.graphql.order;

import dev.zhanggui.graphql.order.OrderTypes.OrderNode;
import dev.zhanggui.graphql.pricing.QuoteTypes.QuoteNode;
import dev.zhanggui.graphql.shared.PageInfo;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import dev.zhanggui.graphql.wallet.TopUpTypes.PaymentIntentNode;
import dev.zhanggui.graphql.wallet.TopUpTypes.PaymentNode;
import dev.zhanggui.order.FulfilmentService.BatchResult;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderList;
import dev.zhanggui.order.PriceChangedException;
import dev.zhanggui.order.VerificationReport;
import dev.zhanggui.order.VerificationTotals;
import dev.zhanggui.payment.StartedPayment;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.util.ArrayList;
import java.util.List;

/** The lists (Relay connections) and mutation payloads of orders. */
public final class OrderPayloads {
    private OrderPayloads() {
    }

    @Type("OrderEdge")
    public record OrderEdge(@NonNull String cursor, @NonNull OrderNode node) {
    }

    @Type("OrderConnection")
    public record OrderConnection(@NonNull List<@NonNull OrderEdge> edges, @NonNull PageInfo pageInfo,
                                  @Description("当前查询总金额: the total of every order the query matches"
                                          + " (staff lists only)") String queryTotal) {
        static OrderConnection of(Page<Order> page, String queryTotal) {
            return new OrderConnection(edgesOf(page), pageInfoOf(page), queryTotal);
        }

        static OrderConnection of(OrderList list) {
            return of(list.page(), list.queryTotal().toString());
        }
    }

    @Type("VerificationTotals")
    @Description("How many orders were verified and their total amount")
    public record VerificationTotalsNode(@NonNull int count, @NonNull String amount) {
        static VerificationTotalsNode of(VerificationTotals t) {
            return new VerificationTotalsNode(Math.toIntExact(t.count()), t.amount().toString());
        }
    }

    @Type("VerificationConnection")
    @Description("核销记录: verified orders, latest first, with the totals of the filter and of the merchant's today")
    public record VerificationConnection(@NonNull List<@NonNull OrderEdge> edges, @NonNull PageInfo pageInfo,
                                         @NonNull VerificationTotalsNode total,
                                         @NonNull VerificationTotalsNode today) {
        static VerificationConnection of(VerificationReport r) {
            return new VerificationConnection(edgesOf(r.page()), pageInfoOf(r.page()),
                    VerificationTotalsNode.of(r.total()), VerificationTotalsNode.of(r.today()));
        }
    }

    @Type("OrderPayload")
    public record OrderPayload(OrderNode order, @NonNull List<@NonNull UserError> errors) implements Payload {
        static OrderPayload of(Order order) {
            return new OrderPayload(OrderNode.of(order), List.of());
        }

        static OrderPayload refused(List<UserError> errors) {
            return new OrderPayload(null, errors);
        }
    }

    @Type("CheckoutPayload")
    public record CheckoutPayload(OrderNode order,
                                  @Description("With PRICE_CHANGED: the new quote to show; checkout again with its"
                                          + " payable as expectedPayable, or with acceptPriceChanges") QuoteNode quote,
                                  @NonNull List<@NonNull UserError> errors) implements Payload {
        static CheckoutPayload of(Order order) {
            return new CheckoutPayload(OrderNode.of(order), null, List.of());
        }

        static CheckoutPayload refused(DomainException e) {
            QuoteNode quote = e instanceof PriceChangedException changed && changed.quote() != null
                    ? QuoteNode.of(changed.quote()) : null;
            return new CheckoutPayload(null, quote, UserError.of(e));
        }
    }

    @Type("PayOrderPayload")
    @Description("A started online payment of an order: pay it at the gateway with the intent;"
            + " the order is paid when the gateway confirms it")
    public record PayOrderPayload(@Id String orderId, @Description("The amount due online") String amount,
                                  PaymentNode payment, PaymentIntentNode intent,
                                  @NonNull List<@NonNull UserError> errors) implements Payload {
        static PayOrderPayload of(String orderId, StartedPayment started) {
            return new PayOrderPayload(orderId, started.payment().amount().toString(),
                    PaymentNode.of(started.payment()), PaymentIntentNode.of(started.intent()), List.of());
        }

        static PayOrderPayload refused(List<UserError> errors) {
            return new PayOrderPayload(null, null, null, null, errors);
        }
    }

    @Type("ShipOrderResult")
    @Description("One order of a batch shipment: shipped, or refused with its errors")
    public record ShipOrderResult(@NonNull @Id String orderId, OrderNode order,
                                  @NonNull List<@NonNull UserError> errors) {
        static ShipOrderResult of(BatchResult r) {
            return new ShipOrderResult(r.order().toString(), r.shipped().map(OrderNode::of).orElse(null),
                    r.refused().map(UserError::of).orElse(List.of()));
        }
    }

    @Type("ShipOrdersPayload")
    public record ShipOrdersPayload(List<@NonNull ShipOrderResult> results, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static ShipOrdersPayload of(List<BatchResult> results) {
            return new ShipOrdersPayload(results.stream().map(ShipOrderResult::of).toList(), List.of());
        }

        static ShipOrdersPayload refused(List<UserError> errors) {
            return new ShipOrdersPayload(null, errors);
        }
    }

    private static List<OrderEdge> edgesOf(Page<Order> page) {
        List<OrderEdge> edges = new ArrayList<>();
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new OrderEdge(page.cursors().get(i), OrderNode.of(page.items().get(i))));
        }
        return edges;
    }

    private static PageInfo pageInfoOf(Page<?> page) {
        return new PageInfo(page.next().isPresent(), page.cursors().isEmpty() ? null : page.cursors().getLast());
    }
}
