package dev.zhanggui.aftersale;

import dev.zhanggui.shared.DomainException;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import static dev.zhanggui.aftersale.AfterSaleAction.*;
import static dev.zhanggui.aftersale.AfterSaleStatus.*;

/**
 * The after-sales process as a table (售后流程, seed 003): for each action, the statuses it may
 * start from and the status it leads to, and the guards that may veto it with a typed reason.
 * Anything not in the table is {@code AFTERSALE_INVALID_TRANSITION}, naming the current status.
 */
public final class AfterSaleTransitions {

    /** One row: from a status, an action leads to a status. */
    public record Transition(AfterSaleAction action, AfterSaleStatus from, AfterSaleStatus to) {
    }

    /** What the actor gave with the step: a reason or note, a return shipment. */
    public record Step(Optional<String> text, Optional<ReturnShipment> shipment) {
        public static final Step NONE = new Step(Optional.empty(), Optional.empty());

        public static Step text(String text) {
            return new Step(Optional.ofNullable(text), Optional.empty());
        }
    }

    /** A guard: given the request and the step, an optional veto. */
    public interface Guard extends BiFunction<AfterSale, Step, Optional<AfterSaleVeto>> {
    }

    public static final int MAX_TEXT = 200;
    public static final int MAX_SHIPMENT_FIELD = 64;

    private static final List<Transition> TABLE = List.of(
            new Transition(APPROVE_RETURN, REQUESTED, AWAITING_RETURN),
            new Transition(SUBMIT_RETURN_SHIPMENT, AWAITING_RETURN, RETURN_SHIPPED),
            // the customer may correct the tracking number until the goods arrive
            new Transition(SUBMIT_RETURN_SHIPMENT, RETURN_SHIPPED, RETURN_SHIPPED),
            new Transition(MARK_RETURN_RECEIVED, RETURN_SHIPPED, RETURN_RECEIVED),
            // a parcel the customer refused comes back without a tracking number entered
            new Transition(MARK_RETURN_RECEIVED, AWAITING_RETURN, RETURN_RECEIVED),
            // 同意退款: without return straight from the request, or once the return is received
            new Transition(AGREE_REFUND, REQUESTED, REFUNDING),
            new Transition(AGREE_REFUND, RETURN_RECEIVED, REFUNDING),
            new Transition(COMPLETE_REFUND, REFUNDING, REFUNDED),
            new Transition(RECORD_MANUAL_REFUND, REQUESTED, MANUALLY_REFUNDED),
            new Transition(RECORD_MANUAL_REFUND, RETURN_RECEIVED, MANUALLY_REFUNDED),
            // 驳回: the request, a return never sent, or returned goods damaged by the customer
            new Transition(REJECT, REQUESTED, REJECTED),
            new Transition(REJECT, AWAITING_RETURN, REJECTED),
            new Transition(REJECT, RETURN_RECEIVED, REJECTED),
            new Transition(WITHDRAW, REQUESTED, WITHDRAWN),
            new Transition(WITHDRAW, AWAITING_RETURN, WITHDRAWN));

    private static final Guard RETURN_EXPECTED = (a, s) -> a.type() == AfterSaleType.RETURN_AND_REFUND
            ? Optional.empty() : Optional.of(AfterSaleVeto.RETURN_NOT_EXPECTED);
    private static final Guard REASON_GIVEN = (a, s) -> textGiven(s) ? Optional.empty()
            : Optional.of(AfterSaleVeto.REASON_REQUIRED);
    private static final Guard NOTE_GIVEN = (a, s) -> textGiven(s) ? Optional.empty()
            : Optional.of(AfterSaleVeto.NOTE_REQUIRED);
    private static final Guard SHIPMENT_GIVEN = (a, s) -> s.shipment()
            .filter(r -> fieldGiven(r.carrier()) && fieldGiven(r.trackingNumber())).isPresent()
            ? Optional.empty() : Optional.of(AfterSaleVeto.RETURN_SHIPMENT_REQUIRED);

    private static final Map<AfterSaleAction, List<Guard>> GUARDS = Map.of(
            APPROVE_RETURN, List.of(RETURN_EXPECTED),
            REJECT, List.of(REASON_GIVEN),
            RECORD_MANUAL_REFUND, List.of(NOTE_GIVEN),
            SUBMIT_RETURN_SHIPMENT, List.of(SHIPMENT_GIVEN));

    private AfterSaleTransitions() {
    }

    /** The rows of the table, for documentation and tests. */
    public static List<Transition> table() {
        return TABLE;
    }

    /** The statuses an action may start from. */
    public static Set<AfterSaleStatus> allowedFrom(AfterSaleAction action) {
        Set<AfterSaleStatus> from = EnumSet.noneOf(AfterSaleStatus.class);
        TABLE.stream().filter(t -> t.action() == action).forEach(t -> from.add(t.from()));
        return from;
    }

    /** The actions possible from a status, e.g. to show staff and customers their buttons. */
    public static List<AfterSaleAction> actionsFrom(AfterSaleStatus status) {
        return TABLE.stream().filter(t -> t.from() == status).map(Transition::action).distinct().toList();
    }

    /** The guards' vetoes for the step as the request is now (empty: allowed). */
    public static List<AfterSaleVeto> vetoes(AfterSale afterSale, AfterSaleAction action, Step step) {
        List<AfterSaleVeto> vetoes = new ArrayList<>();
        GUARDS.getOrDefault(action, List.of()).forEach(g -> g.apply(afterSale, step).ifPresent(vetoes::add));
        return vetoes;
    }

    /** The status the step leads to, or a refusal: no row, or the first guard's veto, as its code. */
    public static AfterSaleStatus next(AfterSale afterSale, AfterSaleAction action, Step step) {
        Optional<Transition> row = TABLE.stream()
                .filter(t -> t.action() == action && t.from() == afterSale.status()).findFirst();
        List<AfterSaleVeto> vetoes = row.isEmpty() ? List.of(AfterSaleVeto.NOT_FROM_THIS_STATUS)
                : vetoes(afterSale, action, step);
        if (!vetoes.isEmpty()) {
            throw refusal(afterSale, action, vetoes.getFirst());
        }
        return row.get().to();
    }

    static DomainException refusal(AfterSale afterSale, AfterSaleAction action, AfterSaleVeto veto) {
        return new DomainException(veto.code(), "After-sales request " + afterSale.id() + " (" + afterSale.status()
                + ") cannot " + action + ": " + veto);
    }

    private static boolean textGiven(Step step) {
        return step.text().map(String::strip).filter(t -> !t.isEmpty() && t.length() <= MAX_TEXT).isPresent();
    }

    private static boolean fieldGiven(String field) {
        return field != null && !field.isBlank() && field.strip().length() <= MAX_SHIPMENT_FIELD;
    }
}
