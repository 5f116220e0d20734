package dev.zhanggui.order;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

import static dev.zhanggui.order.OrderAction.*;
import static dev.zhanggui.order.OrderStatus.*;

/**
 * The order process as a table (订单流程): for each action, the statuses it may start from, the
 * status it leads to (chosen by a condition where one action has several outcomes, e.g. payment
 * leads to review when the merchant reviews orders), and the guards that may veto it with a typed
 * reason. Anything not in the table is {@code ORDER_INVALID_TRANSITION}, naming the current status.
 */
public final class OrderLifecycle {

    /** One row: from a status, an action leads to a status when the condition holds. */
    public record Transition(OrderAction action, OrderStatus from, OrderStatus to, Predicate<Order> when) {
    }

    /** A guard: given the order and the time, an optional veto. */
    public interface Guard extends BiFunction<Order, Instant, Optional<OrderVeto>> {
    }

    private static final Predicate<Order> ALWAYS = o -> true;
    private static final Predicate<Order> REVIEWED = Order::reviewRequired;
    private static final Predicate<Order> NOT_REVIEWED = o -> !o.reviewRequired();
    private static final Predicate<Order> AWAITS_PAYMENT = Order::awaitsPaymentBeforeFulfilment;
    private static final Predicate<Order> CLOSES = Order::closesOnRefund;

    private static final List<Transition> TABLE = java.util.stream.Stream.concat(java.util.stream.Stream.of(
            new Transition(PLACE, DRAFT, PENDING_PAYMENT, AWAITS_PAYMENT),
            new Transition(PLACE, DRAFT, PENDING_REVIEW, AWAITS_PAYMENT.negate().and(REVIEWED)),
            new Transition(PLACE, DRAFT, TO_SHIP, AWAITS_PAYMENT.negate().and(NOT_REVIEWED)),
            new Transition(PAY, PENDING_PAYMENT, PENDING_REVIEW, REVIEWED),
            new Transition(PAY, PENDING_PAYMENT, TO_SHIP, NOT_REVIEWED),
            new Transition(REPORT_TRANSFER, PENDING_PAYMENT, PENDING_PAYMENT, ALWAYS),
            new Transition(APPROVE, PENDING_REVIEW, TO_SHIP, ALWAYS),
            new Transition(ADJUST_PRICE, PENDING_PAYMENT, PENDING_PAYMENT, ALWAYS),
            new Transition(CHANGE_ADDRESS, PENDING_PAYMENT, PENDING_PAYMENT, ALWAYS),
            new Transition(CHANGE_ADDRESS, PENDING_REVIEW, PENDING_REVIEW, ALWAYS),
            new Transition(CHANGE_ADDRESS, TO_SHIP, TO_SHIP, ALWAYS),
            new Transition(SHIP, TO_SHIP, SHIPPED, Order::everythingShipped),
            new Transition(SHIP, TO_SHIP, TO_SHIP, o -> !o.everythingShipped()),
            new Transition(CONFIRM_RECEIPT, SHIPPED, COMPLETED, ALWAYS),
            new Transition(AUTO_CONFIRM, SHIPPED, COMPLETED, ALWAYS),
            new Transition(VERIFY, TO_SHIP, COMPLETED, ALWAYS),
            new Transition(SETTLE_COD, TO_SHIP, TO_SHIP, ALWAYS),
            new Transition(SETTLE_COD, SHIPPED, SHIPPED, ALWAYS),
            new Transition(SETTLE_COD, COMPLETED, COMPLETED, ALWAYS),
            new Transition(CLOSE, PENDING_PAYMENT, CLOSED, ALWAYS),
            new Transition(CANCEL, PENDING_PAYMENT, CLOSED, ALWAYS),
            new Transition(CANCEL, PENDING_REVIEW, CLOSED, ALWAYS),
            new Transition(CANCEL, TO_SHIP, CLOSED, ALWAYS),
            new Transition(REQUEST_CANCELLATION, PENDING_REVIEW, CANCELLING, ALWAYS),
            new Transition(REQUEST_CANCELLATION, TO_SHIP, CANCELLING, ALWAYS),
            new Transition(VOID, DRAFT, VOIDED, ALWAYS),
            new Transition(VOID, PENDING_PAYMENT, VOIDED, ALWAYS),
            new Transition(VOID, PENDING_REVIEW, VOIDED, ALWAYS),
            new Transition(VOID, TO_SHIP, VOIDED, ALWAYS),
            // a refund is recorded before the row is chosen: the conditions read the order with it
            new Transition(REFUND, PENDING_REVIEW, CLOSED, CLOSES),
            new Transition(REFUND, PENDING_REVIEW, PENDING_REVIEW, CLOSES.negate()),
            new Transition(REFUND, TO_SHIP, CLOSED, CLOSES),
            new Transition(REFUND, TO_SHIP, SHIPPED, CLOSES.negate().and(o -> !o.shipments().isEmpty())
                    .and(Order::everythingShipped)),
            new Transition(REFUND, TO_SHIP, TO_SHIP, ALWAYS),
            new Transition(REFUND, CANCELLING, CLOSED, CLOSES),
            new Transition(REFUND, CANCELLING, CANCELLING, CLOSES.negate()),
            new Transition(REFUND, SHIPPED, SHIPPED, ALWAYS),
            new Transition(REFUND, COMPLETED, COMPLETED, ALWAYS)),
            // money that came too late is given back from wherever the order stands, which it leaves as it is
            java.util.Arrays.stream(OrderStatus.values()).map(s -> new Transition(REFUND_LATE_PAYMENT, s, s, ALWAYS)))
            .toList();

    private static final Guard PAID = (o, now) -> o.amountDue().isZero()
            ? Optional.empty() : Optional.of(OrderVeto.UNPAID_AMOUNT_REMAINS);
    private static final Guard PAID_IN_FULL = (o, now) -> o.fullyPaid()
            ? Optional.empty() : Optional.of(OrderVeto.UNPAID_AMOUNT_REMAINS);
    private static final Guard SHIPPED_BY_CARRIER = (o, now) -> o.delivery().isShipped()
            ? Optional.empty() : Optional.of(OrderVeto.PICKED_UP_IN_STORE);
    private static final Guard NOTHING_SHIPPED = (o, now) -> o.shipments().isEmpty()
            ? Optional.empty() : Optional.of(OrderVeto.PACKAGES_SHIPPED);

    private static final Guard RECEIPT_DUE = (o, now) -> o.receiptDue().filter(due -> !due.isAfter(now)).isPresent()
            ? Optional.empty() : Optional.of(OrderVeto.RECEIPT_PERIOD_RUNNING);
    private static final Guard PAYMENT_DUE = (o, now) -> o.paymentDeadline().filter(due -> !due.isAfter(now))
            .isPresent() ? Optional.empty() : Optional.of(OrderVeto.PAYMENT_PERIOD_RUNNING);
    private static final Guard CODE_UNUSED = (o, now) -> o.verification().isEmpty()
            ? Optional.of(OrderVeto.NO_VERIFICATION_CODE)
            : o.verification().get().isUsed() ? Optional.of(OrderVeto.VERIFICATION_USED) : Optional.empty();
    private static final Guard COD_UNSETTLED = (o, now) -> o.unsettled(TenderType.COD).isPresent()
            ? Optional.empty() : Optional.of(OrderVeto.NO_UNSETTLED_COD);
    private static final Guard TRANSFER_DUE = (o, now) -> o.unsettled(TenderType.OFFLINE_TRANSFER).isPresent()
            ? Optional.empty() : Optional.of(OrderVeto.NOT_PAID_BY_TRANSFER);
    /** Unpaid orders may be cancelled (what was applied is given back); past payment, only if no money came in (COD). */
    private static final Guard NO_MONEY_RECEIVED = (o, now) -> o.status() == PENDING_PAYMENT
            || o.tenders().stream().noneMatch(Tender::isSettled)
            ? Optional.empty() : Optional.of(OrderVeto.MONEY_RECEIVED);

    private static final Map<OrderAction, List<Guard>> GUARDS = Map.ofEntries(
            Map.entry(PAY, List.of(PAID)),
            Map.entry(SHIP, List.of(SHIPPED_BY_CARRIER)),
            Map.entry(CHANGE_ADDRESS, List.of(SHIPPED_BY_CARRIER, NOTHING_SHIPPED)),
            Map.entry(AUTO_CONFIRM, List.of(RECEIPT_DUE)),
            Map.entry(CLOSE, List.of(PAYMENT_DUE)),
            Map.entry(VERIFY, List.of(CODE_UNUSED, PAID)),
            Map.entry(SETTLE_COD, List.of(COD_UNSETTLED)),
            Map.entry(REPORT_TRANSFER, List.of(TRANSFER_DUE)),
            Map.entry(CANCEL, List.of(NOTHING_SHIPPED, NO_MONEY_RECEIVED)),
            Map.entry(REQUEST_CANCELLATION, List.of(NOTHING_SHIPPED)),
            Map.entry(VOID, List.of(NOTHING_SHIPPED)),
            Map.entry(REFUND, List.of(PAID_IN_FULL)));

    private OrderLifecycle() {
    }

    /** The rows of the table, for documentation and tests. */
    public static List<Transition> table() {
        return TABLE;
    }

    /** The statuses an action may start from. */
    public static Set<OrderStatus> allowedFrom(OrderAction action) {
        Set<OrderStatus> from = EnumSet.noneOf(OrderStatus.class);
        TABLE.stream().filter(t -> t.action() == action).forEach(t -> from.add(t.from()));
        return from;
    }

    /** Refuses with {@code ORDER_INVALID_TRANSITION} if no row of the action starts from the order's status. */
    public static void requireListed(Order order, OrderAction action) {
        if (!allowedFrom(action).contains(order.status())) {
            throw invalid(order, action);
        }
    }

    private static DomainException invalid(Order order, OrderAction action) {
        return new DomainException(ErrorCode.ORDER_INVALID_TRANSITION,
                "An order in status " + order.status() + " cannot " + action);
    }

    /** The guards' vetoes for the action on the order as it is now (empty: allowed). */
    public static List<OrderVeto> vetoes(Order order, OrderAction action, Instant now) {
        List<OrderVeto> vetoes = new ArrayList<>();
        for (Guard guard : GUARDS.getOrDefault(action, List.of())) {
            guard.apply(order, now).ifPresent(vetoes::add);
        }
        return vetoes;
    }

    /**
     * The status the action leads to from the order's status, or a refusal: the table has no row
     * ({@code ORDER_INVALID_TRANSITION}) or a guard vetoes (the veto's code).
     */
    public static OrderStatus next(Order order, OrderAction action, Instant now) {
        Transition row = TABLE.stream()
                .filter(t -> t.action() == action && t.from() == order.status() && t.when().test(order))
                .findFirst()
                .orElseThrow(() -> invalid(order, action));
        List<OrderVeto> vetoes = vetoes(order, action, now);
        if (!vetoes.isEmpty()) {
            OrderVeto veto = vetoes.getFirst();
            throw new DomainException(veto.code(), "Order " + order.number() + " (" + order.status() + ") cannot "
                    + action + ": " + veto);
        }
        return row.to();
    }
}
