package dev.zhanggui.aftersale;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderAction;
import dev.zhanggui.order.OrderLifecycle;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The after-sales use cases (售后, seed 003). The customer asks (refund only, or return and refund),
 * enters the return's tracking number, withdraws, reads their requests. Staff list them, reject with
 * a reason, approve with return, mark the return received, agree to refund (then the money goes back
 * to each tender, {@link RefundService}), or record a refund settled offline (手动退款). Every step
 * is idempotent; staff steps take the version they saw.
 */
public final class AfterSaleService {
    private final AfterSaleRepository afterSales;
    private final OrderRepository orders;
    private final CustomerService customers;
    private final AfterSaleReasons reasons;
    private final AfterSaleSettings settings;
    private final RefundIssuer issuer;
    private final RefundService refunds;
    private final RefundRepository refundRepository;
    private final AfterSaleStock stock;
    private final AfterSaleStore store;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    AfterSaleService(AfterSaleRepository afterSales, OrderRepository orders, CustomerService customers,
                     AfterSaleReasons reasons, AfterSaleSettings settings, RefundIssuer issuer, RefundService refunds,
                     RefundRepository refundRepository, AfterSaleStock stock, Transactions transactions,
                     EventPublisher events, IdGenerator ids, Clock clock) {
        this.afterSales = afterSales;
        this.orders = orders;
        this.customers = customers;
        this.reasons = reasons;
        this.settings = settings;
        this.issuer = issuer;
        this.refunds = refunds;
        this.refundRepository = refundRepository;
        this.stock = stock;
        this.store = new AfterSaleStore(afterSales, customers, transactions, events);
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** The reasons the merchant offers, for the request form. */
    public List<AfterSaleReason> reasons(Actor actor) {
        return reasons.of(actor.merchant());
    }

    /** The customer asks for a refund of (some units of) their paid order (申请售后). */
    public AfterSale request(Actor actor, AfterSaleRequest request) {
        AfterSaleAccess.requireCustomer(actor);
        CustomerId me = customers.myId(actor);
        if (request.type() == null) {
            throw DomainException.invalidField("type", ErrorCode.AFTERSALE_INVALID, "Choose refund only or return and refund");
        }
        AfterSaleReason reason = AfterSaleRequests.reason(request, reasons.of(actor.merchant()));
        AfterSaleRequests.requireDetails(request);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Order order = Optional.ofNullable(request.order()).flatMap(id -> orders.find(actor.merchant(), id))
                    .filter(o -> o.customer().equals(me))
                    .orElseThrow(() -> new DomainException(ErrorCode.ORDER_NOT_FOUND, "No order " + request.order()));
            AfterSaleRequests.requireEligible(order, request.type());
            List<AfterSaleLine> units = AfterSaleRequests.units(order, request,
                    afterSales.ofOrder(actor.merchant(), order.id()));
            AfterSale afterSale = AfterSale.request(new AfterSaleId(ids.newId()), actor.merchant(), order.id(),
                    order.number(), me, request.type(), units, reason, request.description(), request.images(),
                    actor, now);
            afterSales.add(afterSale);
            store.publish(afterSale, 0);
            return afterSale;
        });
    }

    /** The customer enters (or corrects) the carrier and tracking number of the goods sent back. */
    public AfterSale submitReturnShipment(Actor actor, AfterSaleId id, String carrier, String trackingNumber) {
        AfterSaleAccess.requireCustomer(actor);
        Instant now = clock.instant();
        return store.change(actor, id, Optional.empty(), a -> a.submitReturnShipment(carrier, trackingNumber, actor,
                now));
    }

    /** The customer withdraws their request while it is waiting for review or for the return. */
    public AfterSale withdraw(Actor actor, AfterSaleId id) {
        AfterSaleAccess.requireCustomer(actor);
        Instant now = clock.instant();
        return store.change(actor, id, Optional.empty(), a -> a.withdraw(actor, now));
    }

    /** The calling customer's requests, newest first. */
    public Page<AfterSale> mine(Actor actor, PageRequest page) {
        AfterSaleAccess.requireCustomer(actor);
        CustomerId me = customers.myId(actor);
        return transactions.inTransaction(() -> afterSales.ofCustomer(actor.merchant(), me, page));
    }

    /** One request: the customer's own, or any of the merchant's for staff. */
    public AfterSale one(Actor actor, AfterSaleId id) {
        return store.load(actor, id);
    }

    /** The merchant's requests by status, type and date, newest first (退换货订单). */
    public Page<AfterSale> list(Actor actor, AfterSaleFilter filter, PageRequest page) {
        AfterSaleAccess.requireStaff(actor);
        return transactions.inTransaction(() -> afterSales.list(actor.merchant(), filter, page));
    }

    /** 通过申请, 需要客户寄回: the customer is to send the goods back. */
    public AfterSale approveWithReturn(Actor actor, AfterSaleId id, Optional<Long> expectedVersion) {
        AfterSaleAccess.requireStaff(actor);
        Instant now = clock.instant();
        return store.change(actor, id, expectedVersion, a -> a.approveWithReturn(actor, now));
    }

    /** 驳回 with a reason the customer reads (e.g. goods damaged by the customer); they may apply again. */
    public AfterSale reject(Actor actor, AfterSaleId id, String reason, Optional<Long> expectedVersion) {
        AfterSaleAccess.requireStaff(actor);
        Instant now = clock.instant();
        return store.change(actor, id, expectedVersion, a -> a.reject(reason, actor, now));
    }

    /** Staff received the returned goods; they go back to stock unless the merchant's terms say never. */
    public AfterSale markReturnReceived(Actor actor, AfterSaleId id, Optional<Long> expectedVersion) {
        AfterSaleAccess.requireStaff(actor);
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            AfterSale afterSale = store.load(actor, id);
            VersionCheck.require(expectedVersion, afterSale.version());
            return store.store(afterSale, a -> {
                boolean received = a.markReturnReceived(actor, now);
                if (received && settings.of(actor.merchant()).restock() == ReturnRestock.WHEN_RECEIVED) {
                    Order order = order(actor, a);
                    a.lines().forEach(l -> stock.putBack(order, l.line(), l.quantity(), actor.subject(), now));
                }
                return received;
            });
        });
    }

    /**
     * 同意退款: without return from the request, or after the return was received. The refund is
     * issued once (a repeat, or a second staff member at the same time, refunds nothing more) and
     * carried out to each tender; the request is refunded once every part succeeded.
     */
    public AfterSale refund(Actor actor, AfterSaleId id, Optional<Long> expectedVersion) {
        return issue(actor, id, expectedVersion, false, Optional.empty());
    }

    /** 手动退款: the merchant settled with the customer offline; recorded with a note, no money moved. */
    public AfterSale recordManualRefund(Actor actor, AfterSaleId id, String note, Optional<Long> expectedVersion) {
        return issue(actor, id, expectedVersion, true, Optional.ofNullable(note));
    }

    private AfterSale issue(Actor actor, AfterSaleId id, Optional<Long> expectedVersion, boolean manual,
                            Optional<String> note) {
        AfterSaleAccess.requireStaff(actor);
        Instant now = clock.instant();
        Optional<Refund> issued = transactions.inTransaction(() -> {
            AfterSale afterSale = store.load(actor, id);
            VersionCheck.require(expectedVersion, afterSale.version());
            long before = afterSale.version();
            int known = afterSale.events().size();
            Order order = order(actor, afterSale);
            RefundId refundId = new RefundId(ids.newId());
            boolean moved = manual ? afterSale.recordManualRefund(refundId, note.orElse(null), actor, now)
                    : afterSale.agreeToRefund(refundId, actor, now);
            if (!moved) {
                return Optional.<Refund>empty();
            }
            // checked before the request is stored: an order voided meanwhile refuses, and nothing changes
            requireOrderTakesRefund(actor, id, before, order, now);
            afterSales.update(afterSale, before);
            store.publish(afterSale, known);
            return Optional.of(issuer.issue(actor, order, new RefundIssuer.Issue(refundId,
                    Refund.Origin.AFTER_SALE, Optional.of(afterSale), afterSale.lines(), manual,
                    note.map(String::strip)), now));
        });
        issued.ifPresent(refunds::carryOut);
        return store.load(actor, id);
    }

    /**
     * The order must take a refund. If it refuses because another instance refunded this very request
     * meanwhile (the order read after that refund closed it, the request before), the answer is the
     * conflict it is — {@code VERSION_CONFLICT}, as when the request's update loses — not the order's veto.
     */
    private void requireOrderTakesRefund(Actor actor, AfterSaleId id, long before, Order order, Instant now) {
        try {
            OrderLifecycle.next(order, OrderAction.REFUND, now);
        } catch (DomainException veto) {
            if (store.load(actor, id).version() != before) {
                throw new DomainException(ErrorCode.VERSION_CONFLICT, "After-sales request " + id
                        + " was changed meanwhile");
            }
            throw veto;
        }
    }

    /** The refund of a request, if it has one. */
    public Optional<Refund> refundOf(Actor actor, AfterSaleId id) {
        AfterSale afterSale = store.load(actor, id);
        return afterSale.refund().flatMap(r -> transactions.inTransaction(() ->
                refundRepository.find(actor.merchant(), r)));
    }

    private Order order(Actor actor, AfterSale afterSale) {
        return orders.find(actor.merchant(), afterSale.order()).orElseThrow(() ->
                new DomainException(ErrorCode.ORDER_NOT_FOUND, "No order " + afterSale.order()));
    }
}
