package dev.zhanggui.aftersale;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.payment.PaymentId;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.payment.RefundNotification;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Refunds (退款): carrying one out across its destinations part by part, retrying what failed,
 * the gateway's confirmation of an online refund, the refund of a paid order whose cancellation the
 * customer asked (取消中), and reading an order's refund history. When every part of an after-sales
 * refund succeeded, its request is refunded (已退款).
 */
public final class RefundService {
    private final RefundRepository refunds;
    private final AfterSaleRepository afterSales;
    private final OrderRepository orders;
    private final CustomerService customers;
    private final RefundIssuer issuer;
    private final RefundDestinations destinations;
    private final PaymentService payments;
    private final AfterSaleStore store;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    RefundService(RefundRepository refunds, AfterSaleRepository afterSales, OrderRepository orders,
                  CustomerService customers, RefundIssuer issuer, RefundDestinations destinations,
                  PaymentService payments, Transactions transactions, EventPublisher events, IdGenerator ids, Clock clock) {
        this.refunds = refunds;
        this.afterSales = afterSales;
        this.orders = orders;
        this.customers = customers;
        this.issuer = issuer;
        this.destinations = destinations;
        this.payments = payments;
        this.store = new AfterSaleStore(afterSales, customers, transactions, events);
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Staff refund a paid order the customer asked to cancel (取消中): every unit left, and shipping
     * as the merchant's terms say; the order closes, its stock and coupon come back. Asked again, it
     * answers the cancellation refund issued before. Open after-sales requests of the order are
     * decided first ({@code AFTERSALE_LINE_HAS_OPEN_REQUEST}).
     */
    public Refund refundCancellation(Actor actor, OrderId orderId, Optional<String> note) {
        AfterSaleAccess.requireStaff(actor);
        Instant now = clock.instant();
        Refund issued = transactions.inTransaction(() -> {
            Order order = orders.find(actor.merchant(), orderId)
                    .orElseThrow(() -> new DomainException(ErrorCode.ORDER_NOT_FOUND, "No order " + orderId));
            Optional<Refund> earlier = refunds.ofOrder(actor.merchant(), orderId).stream()
                    .filter(r -> r.origin() == Refund.Origin.CANCELLATION).findFirst();
            if (earlier.isPresent()) {
                return earlier.get();
            }
            if (order.status() != OrderStatus.CANCELLING) {
                throw new DomainException(ErrorCode.REFUND_ORDER_NOT_CANCELLING, "Order " + order.number() + " is "
                        + order.status() + ", not CANCELLING");
            }
            if (afterSales.ofOrder(actor.merchant(), orderId).stream().anyMatch(AfterSale::isOpen)) {
                throw new DomainException(ErrorCode.AFTERSALE_LINE_HAS_OPEN_REQUEST, "Order " + order.number()
                        + " has open after-sales requests; decide them first");
            }
            return issuer.issue(actor, order, new RefundIssuer.Issue(new RefundId(ids.newId()),
                    Refund.Origin.CANCELLATION, Optional.empty(), RefundCalculator.unitsLeft(order), false,
                    note.map(String::strip).filter(n -> !n.isEmpty())), now);
        });
        return carryOut(issued);
    }

    /** Staff retry the parts of a refund that failed (or were never carried out), with the same keys. */
    public Refund retry(Actor actor, RefundId id) {
        AfterSaleAccess.requireStaff(actor);
        Refund refund = load(actor, id);
        if (refund.dueParts().isEmpty()) {
            throw new DomainException(ErrorCode.REFUND_NOT_RETRYABLE, "No part of refund " + id + " is due");
        }
        return carryOut(refund);
    }

    /**
     * The gateway's verified refund notification (退款结果通知): the online part succeeded, or failed
     * and can be retried. The same notification again changes nothing.
     */
    public Refund confirmGatewayRefund(Actor actor, String outRefundNo, boolean succeeded, String detail) {
        AfterSaleAccess.requireStaff(actor);
        Instant now = clock.instant();
        Refund refund = transactions.inTransaction(() -> refunds.findByOutRefundNo(outRefundNo))
                .orElseThrow(() -> new DomainException(ErrorCode.REFUND_NOT_FOUND, "No refund " + outRefundNo));
        RefundPart part = refund.parts().stream().filter(p -> p.destination() == RefundDestination.PAYMENT_GATEWAY)
                .findFirst().orElseThrow();
        if (part.status() == RefundPartStatus.SUCCEEDED) {
            return refund;
        }
        RefundPart outcome = succeeded ? part.succeeded(Optional.ofNullable(detail), now)
                : part.failed(ErrorCode.REFUND_GATEWAY_FAILED + ": " + detail);
        return settle(advance(refund, part, outcome));
    }

    /**
     * A gateway's signed refund notification, as its callback receives it: verified (a bad signature
     * changes nothing, {@code PAYMENT_SIGNATURE_INVALID}), matched to the refund by its number
     * ({@code REFUND_NOT_FOUND}), its gateway (the one that took the payment, else
     * {@code PAYMENT_NOTIFICATION_INVALID}) and amount ({@code PAYMENT_AMOUNT_MISMATCH}), then applied as
     * {@link #confirmGatewayRefund}: the same notification again changes nothing.
     */
    public Refund receiveGatewayNotification(String gateway, String body, Map<String, String> headers) {
        RefundNotification notification = payments.verifyRefund(gateway, body, headers);
        Refund refund = transactions.inTransaction(() -> refunds.findByOutRefundNo(notification.outRefundNo()))
                .orElseThrow(() -> new DomainException(ErrorCode.REFUND_NOT_FOUND,
                        "No refund " + notification.outRefundNo()));
        RefundPart part = refund.parts().stream().filter(p -> p.destination() == RefundDestination.PAYMENT_GATEWAY)
                .findFirst().orElseThrow(() -> new DomainException(ErrorCode.REFUND_NOT_FOUND,
                        "Refund " + notification.outRefundNo() + " has nothing to refund online"));
        Actor system = Actor.system(refund.merchant(), "payment:" + gateway);
        PaymentId paid = PaymentId.parse(part.tenderReference().orElse(""));
        String took = payments.payment(system, paid, Optional.empty()).gateway();
        if (!took.equals(gateway)) {
            throw new DomainException(ErrorCode.PAYMENT_NOTIFICATION_INVALID, "Refund " + notification.outRefundNo()
                    + " goes back through " + took + ", not " + gateway);
        }
        if (part.amount().minorUnits() != notification.refundFen()) {
            throw new DomainException(ErrorCode.PAYMENT_AMOUNT_MISMATCH, "The notification says "
                    + notification.refundFen() + " fen, the refund is " + part.amount());
        }
        String detail = notification.succeeded() ? notification.gatewayRefundNo().orElse(null)
                : notification.reason().orElse("refund failed at the gateway");
        return confirmGatewayRefund(system, notification.outRefundNo(), notification.succeeded(), detail);
    }

    /** One refund: the customer's own, or any of the merchant's for staff. */
    public Refund refund(Actor actor, RefundId id) {
        return load(actor, id);
    }

    /** The refund history of an order (the customer's own, or any for staff), oldest first. */
    public List<Refund> refundsOf(Actor actor, OrderId order) {
        requireReader(actor);
        return transactions.inTransaction(() -> refunds.ofOrder(actor.merchant(), order)).stream()
                .filter(r -> !actor.isCustomer() || r.customer().equals(customers.myId(actor))).toList();
    }

    /**
     * The refunds of several orders (the customer's own, or any for staff), each order's oldest first,
     * in one read; an order without refunds maps to an empty list.
     */
    public Map<OrderId, List<Refund>> refundsOf(Actor actor, Collection<OrderId> orders) {
        requireReader(actor);
        Map<OrderId, List<Refund>> byOrder = new LinkedHashMap<>();
        orders.forEach(o -> byOrder.put(o, new java.util.ArrayList<>()));
        if (orders.isEmpty()) {
            return byOrder;
        }
        Optional<dev.zhanggui.customer.CustomerId> me = actor.isCustomer()
                ? Optional.of(customers.myId(actor)) : Optional.empty();
        transactions.inTransaction(() -> refunds.ofOrders(actor.merchant(), List.copyOf(byOrder.keySet()))).stream()
                .filter(r -> me.isEmpty() || r.customer().equals(me.get()))
                .forEach(r -> byOrder.get(r.order()).add(r));
        return byOrder;
    }

    /**
     * What each order has been refunded ({@link RefundedAmounts}), read in one go: orders that record
     * no refund need no read at all.
     */
    public Map<OrderId, RefundedAmounts> refundedAmounts(Actor actor, List<Order> orders) {
        List<OrderId> refunded = orders.stream().filter(o -> !o.refunds().isEmpty()).map(Order::id).distinct().toList();
        Map<OrderId, List<Refund>> byOrder = refundsOf(actor, refunded);
        Map<OrderId, RefundedAmounts> amounts = new LinkedHashMap<>();
        for (Order order : orders) {
            amounts.put(order.id(), RefundedAmounts.of(order, byOrder.getOrDefault(order.id(), List.of())));
        }
        return amounts;
    }

    /** The merchant's refunds with a part pending or failed: what staff follow up (退款异常). */
    public List<Refund> unsettled(Actor actor) {
        AfterSaleAccess.requireStaff(actor);
        return transactions.inTransaction(() -> refunds.unsettled(actor.merchant()));
    }

    /** Carries out every due part, each stored as it ends, then settles the request if all succeeded. */
    Refund carryOut(Refund issued) {
        Refund refund = issued;
        for (RefundPart part : issued.dueParts()) {
            RefundPart outcome = destinations.carryOut(refund, part, clock.instant());
            refund = advance(refund, part, outcome);
        }
        return settle(refund);
    }

    /** Stores a part's outcome if the part is still as it was when carrying it out began. */
    private Refund advance(Refund refund, RefundPart from, RefundPart to) {
        return transactions.inTransaction(() -> {
            Refund current = refunds.find(refund.merchant(), refund.id()).orElseThrow();
            long before = current.version();
            if (current.parts().get(from.index()).equals(from) && current.update(to)) {
                refunds.update(current, before);
            }
            return current;
        });
    }

    private Refund settle(Refund refund) {
        if (refund.isSettled() && !refund.manual() && refund.afterSale().isPresent()) {
            Actor system = Actor.system(refund.merchant(), "after-sales");
            Instant now = clock.instant();
            store.change(system, refund.afterSale().get(), Optional.empty(), a -> a.completeRefund(system, now));
        }
        return refund;
    }

    private Refund load(Actor actor, RefundId id) {
        requireReader(actor);
        return transactions.inTransaction(() -> refunds.find(actor.merchant(), id))
                .filter(r -> !actor.isCustomer() || r.customer().equals(customers.myId(actor)))
                .orElseThrow(() -> new DomainException(ErrorCode.REFUND_NOT_FOUND, "No refund " + id));
    }

    private static void requireReader(Actor actor) {
        if (!actor.isCustomer() && !actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Sign in to see refunds");
        }
    }
}
