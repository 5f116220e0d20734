package dev.zhanggui.aftersale;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An after-sales request (售后单): a customer asks for money back on some units of a paid order,
 * with or without sending the goods back; the merchant reviews it and refunds, rejects, or records a
 * refund settled offline. Every step goes through {@link AfterSaleTransitions} and appends an
 * {@link AfterSaleEvent} the customer reads. Every step is idempotent: the same step again (same
 * action, same input, status unchanged since) changes nothing and answers false.
 */
public final class AfterSale {
    private final AfterSaleId id;
    private final MerchantId merchant;
    private final OrderId order;
    private final String orderNumber;
    private final CustomerId customer;
    private final AfterSaleType type;
    private final List<AfterSaleLine> lines;
    private final AfterSaleReason reason;
    private final Optional<String> description;
    private final List<String> images;
    private final Instant requestedAt;
    private AfterSaleStatus status;
    private Optional<ReturnShipment> returnShipment;
    private Optional<RefundId> refund;
    private Optional<String> rejection;
    private final List<AfterSaleEvent> events;
    private long version;

    /** A request as stored; use {@link #request} for a new one. */
    public AfterSale(AfterSaleId id, MerchantId merchant, OrderId order, String orderNumber, CustomerId customer,
                     AfterSaleType type, List<AfterSaleLine> lines, AfterSaleReason reason,
                     Optional<String> description, List<String> images, Instant requestedAt, AfterSaleStatus status,
                     Optional<ReturnShipment> returnShipment, Optional<RefundId> refund, Optional<String> rejection,
                     List<AfterSaleEvent> events, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.order = Objects.requireNonNull(order, "order");
        this.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.type = Objects.requireNonNull(type, "type");
        this.lines = List.copyOf(lines);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.description = description;
        this.images = List.copyOf(images);
        this.requestedAt = requestedAt;
        this.status = status;
        this.returnShipment = returnShipment;
        this.refund = refund;
        this.rejection = rejection;
        this.events = new ArrayList<>(events);
        this.version = version;
    }

    /** A new request (申请售后), already checked against the order by {@link AfterSaleRequests}. */
    public static AfterSale request(AfterSaleId id, MerchantId merchant, OrderId order, String orderNumber,
                                    CustomerId customer, AfterSaleType type, List<AfterSaleLine> lines,
                                    AfterSaleReason reason, Optional<String> description, List<String> images,
                                    Actor actor, Instant now) {
        AfterSale created = new AfterSale(id, merchant, order, orderNumber, customer, type, lines, reason, description,
                images, now, AfterSaleStatus.REQUESTED, Optional.empty(), Optional.empty(), Optional.empty(),
                List.of(), 0);
        created.events.add(new AfterSaleEvent(now, actor.subject(), actor.kind(), AfterSaleAction.REQUEST,
                Optional.empty(), AfterSaleStatus.REQUESTED, Optional.of(type + ": " + reason.name())));
        return created;
    }

    /** 通过申请: the customer is to send the goods back. */
    public boolean approveWithReturn(Actor actor, Instant now) {
        return step(AfterSaleAction.APPROVE_RETURN, AfterSaleTransitions.Step.NONE, Optional.empty(), actor, now);
    }

    /** The customer enters (or corrects) the return's carrier and tracking number. */
    public boolean submitReturnShipment(String carrier, String trackingNumber, Actor actor, Instant now) {
        ReturnShipment shipment = new ReturnShipment(strip(carrier), strip(trackingNumber), now);
        Optional<String> note = Optional.of(shipment.carrier() + " " + shipment.trackingNumber());
        boolean moved = step(AfterSaleAction.SUBMIT_RETURN_SHIPMENT,
                new AfterSaleTransitions.Step(Optional.empty(), Optional.of(shipment)), note, actor, now);
        if (moved) {
            returnShipment = Optional.of(shipment);
        }
        return moved;
    }

    /** Staff received the returned goods. */
    public boolean markReturnReceived(Actor actor, Instant now) {
        return step(AfterSaleAction.MARK_RETURN_RECEIVED, AfterSaleTransitions.Step.NONE, Optional.empty(), actor,
                now);
    }

    /** 同意退款: the refund is issued; the request is refunding until every destination succeeded. */
    public boolean agreeToRefund(RefundId refundId, Actor actor, Instant now) {
        if (alreadyRefunded(false)) {
            return false;
        }
        boolean moved = step(AfterSaleAction.AGREE_REFUND, AfterSaleTransitions.Step.NONE,
                Optional.of("refund " + refundId), actor, now);
        refund = Optional.of(refundId);
        return moved;
    }

    /** Every destination of the refund succeeded (已退款). */
    public boolean completeRefund(Actor actor, Instant now) {
        return step(AfterSaleAction.COMPLETE_REFUND, AfterSaleTransitions.Step.NONE, Optional.empty(), actor, now);
    }

    /** 手动退款: settled offline, recorded with a note; the refund moves no money. */
    public boolean recordManualRefund(RefundId refundId, String note, Actor actor, Instant now) {
        if (alreadyRefunded(true)) {
            return false;
        }
        boolean moved = step(AfterSaleAction.RECORD_MANUAL_REFUND, AfterSaleTransitions.Step.text(note),
                Optional.ofNullable(note).map(String::strip), actor, now);
        refund = Optional.of(refundId);
        return moved;
    }

    /** 驳回 with a reason the customer reads; they may apply again. */
    public boolean reject(String reason, Actor actor, Instant now) {
        boolean moved = step(AfterSaleAction.REJECT, AfterSaleTransitions.Step.text(reason),
                Optional.ofNullable(reason).map(String::strip), actor, now);
        rejection = events.getLast().note();
        return moved;
    }

    /** The customer withdraws the request. */
    public boolean withdraw(Actor actor, Instant now) {
        return step(AfterSaleAction.WITHDRAW, AfterSaleTransitions.Step.NONE, Optional.empty(), actor, now);
    }

    /** The status the step would lead to, without taking it (a veto is thrown as its code). */
    public AfterSaleStatus check(AfterSaleAction action, AfterSaleTransitions.Step step) {
        return AfterSaleTransitions.next(this, action, step);
    }

    /** Whether the request still holds its lines (not final). */
    public boolean isOpen() {
        return !status.isFinal();
    }

    /** Whether it covers the order line. */
    public boolean covers(int line) {
        return lines.stream().anyMatch(l -> l.line() == line);
    }

    // ---- internals

    /** A request that carries a refund: the same kind of refund again is a replay, the other kind a veto. */
    private boolean alreadyRefunded(boolean manual) {
        if (refund.isEmpty()) {
            return false;
        }
        if (manual == (status == AfterSaleStatus.MANUALLY_REFUNDED)) {
            return true;
        }
        throw AfterSaleTransitions.refusal(this, manual ? AfterSaleAction.RECORD_MANUAL_REFUND
                : AfterSaleAction.AGREE_REFUND, AfterSaleVeto.ALREADY_REFUNDED);
    }

    private boolean step(AfterSaleAction action, AfterSaleTransitions.Step step, Optional<String> note, Actor actor,
                         Instant now) {
        AfterSaleEvent last = events.getLast();
        if (last.action() == action && last.to() == status && last.note().equals(note)) {
            return false;
        }
        AfterSaleStatus from = status;
        status = AfterSaleTransitions.next(this, action, step);
        events.add(new AfterSaleEvent(now, actor.subject(), actor.kind(), action, Optional.of(from), status, note));
        version++;
        return true;
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    public AfterSale copy() {
        return new AfterSale(id, merchant, order, orderNumber, customer, type, lines, reason, description, images,
                requestedAt, status, returnShipment, refund, rejection, events, version);
    }

    /** The repository stored the request at this version. */
    public void stored(long newVersion) {
        this.version = newVersion;
    }

    public AfterSaleId id() { return id; }
    public MerchantId merchant() { return merchant; }
    public OrderId order() { return order; }
    public String orderNumber() { return orderNumber; }
    public CustomerId customer() { return customer; }
    public AfterSaleType type() { return type; }
    public List<AfterSaleLine> lines() { return lines; }
    public AfterSaleReason reason() { return reason; }
    public Optional<String> description() { return description; }
    public List<String> images() { return images; }
    public Instant requestedAt() { return requestedAt; }
    public AfterSaleStatus status() { return status; }
    public Optional<ReturnShipment> returnShipment() { return returnShipment; }
    public Optional<RefundId> refund() { return refund; }
    public Optional<String> rejection() { return rejection; }
    public List<AfterSaleEvent> events() { return List.copyOf(events); }
    public long version() { return version; }
}
