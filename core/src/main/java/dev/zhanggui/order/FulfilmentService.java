package dev.zhanggui.order;

import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Getting the goods to the customer: review (审核), address correction, shipping in one or several
 * packages (多包裹, also many orders at once), receipt by the customer or staff for them, and the
 * in-store verification of pickup and scan-and-go orders (核销).
 */
public final class FulfilmentService {
    /** A package as staff enter it: carrier, tracking number and lines. */
    public record PackageRequest(String carrier, String trackingNumber, List<ShipmentLine> lines) {
    }

    /** One order of a batch shipment and its outcome: the order, or the refusal. */
    public record BatchResult(OrderId order, Optional<Order> shipped, Optional<DomainException> refused) {
    }

    private final OrderStore store;
    private final OrderRepository orders;
    private final OrderSettings settings;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public FulfilmentService(OrderRepository orders, CustomerService customers, OrderSettings settings,
                             Transactions transactions, EventPublisher events, IdGenerator ids, Clock clock) {
        this.store = new OrderStore(orders, customers, transactions, events);
        this.orders = orders;
        this.settings = settings;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** The merchant approves a reviewed order for shipping. */
    public Order approve(Actor actor, OrderId id, Optional<Long> expectedVersion) {
        OrderAccess.requireStaff(actor);
        Instant now = clock.instant();
        return store.change(actor, id, expectedVersion, o -> o.approve(actor, now));
    }

    /** Corrects the shipping address (the customer their own, staff any) while not shipped yet. */
    public Order changeAddress(Actor actor, OrderId id, AddressDetails address, Optional<Long> expectedVersion) {
        Instant now = clock.instant();
        return store.change(actor, id, expectedVersion, o -> o.changeAddress(address, actor, now));
    }

    /** Sends one package; when it holds the last units, the order is shipped. */
    public Order ship(Actor actor, OrderId id, PackageRequest request, Optional<Long> expectedVersion) {
        OrderAccess.requireStaff(actor);
        Instant now = clock.instant();
        return store.change(actor, id, expectedVersion, o -> o.ship(shipment(actor, o, request, now), actor, now));
    }

    /**
     * Batch shipping (批量发货): each order is shipped in full in one package, in its own unit of
     * work, so one refusal does not stop the others.
     */
    public List<BatchResult> shipAll(Actor actor, List<OrderId> ids, String carrier, List<String> trackingNumbers) {
        OrderAccess.requireStaff(actor);
        if (ids == null || trackingNumbers == null || ids.stream().anyMatch(java.util.Objects::isNull) || ids.size() != trackingNumbers.size()) {
            throw DomainException.invalidField("trackingNumbers", ErrorCode.ORDER_SHIPMENT_INVALID,
                    "One tracking number per order");
        }
        List<BatchResult> results = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            OrderId id = ids.get(i);
            String tracking = trackingNumbers.get(i);
            try {
                Order order = store.load(actor, id);
                List<ShipmentLine> rest = order.lines().stream()
                        .filter(l -> order.shippedQuantity(l.index()) < l.quantity())
                        .map(l -> new ShipmentLine(l.index(), l.quantity() - order.shippedQuantity(l.index())))
                        .toList();
                results.add(new BatchResult(id, Optional.of(ship(actor, id,
                        new PackageRequest(carrier, tracking, rest), Optional.empty())), Optional.empty()));
            } catch (DomainException e) {
                results.add(new BatchResult(id, Optional.empty(), Optional.of(e)));
            }
        }
        return results;
    }

    /** The customer confirms receipt of their order, or staff confirm it for them (确认收货). */
    public Order confirmReceipt(Actor actor, OrderId id) {
        Instant now = clock.instant();
        return store.change(actor, id, Optional.empty(), o -> o.confirmReceipt(actor, now));
    }

    /** Staff verify an in-store code once (核销); a second scan is VERIFICATION_ALREADY_USED. */
    public Order verify(Actor actor, String code) {
        OrderAccess.requireStaff(actor);
        Instant now = clock.instant();
        String cleaned = code == null ? "" : code.strip();
        return transactions.inTransaction(() -> {
            Order order = orders.findByVerificationCode(actor.merchant(), cleaned)
                    .orElseThrow(() -> new DomainException(ErrorCode.VERIFICATION_CODE_UNKNOWN,
                            "No order carries code " + cleaned));
            return store.store(order, o -> o.verify(actor, now));
        });
    }

    /**
     * The verifications (核销记录) with their totals and today's (the merchant's day): a staff member
     * sees only their own; the merchant admin sees everyone's, or one staff member's by filter.
     */
    public VerificationReport verifications(Actor actor, VerificationFilter filter, PageRequest page) {
        OrderAccess.requireStaff(actor);
        VerificationFilter scoped = actor.kind() == Actor.Kind.STAFF
                ? new VerificationFilter(Optional.of(actor.subject()), filter.from(), filter.until()) : filter;
        ZoneId zone = settings.of(actor.merchant()).zone();
        LocalDate day = clock.instant().atZone(zone).toLocalDate();
        VerificationFilter today = new VerificationFilter(scoped.verifiedBy(),
                Optional.of(day.atStartOfDay(zone).toInstant()), Optional.of(day.plusDays(1).atStartOfDay(zone).toInstant()));
        return transactions.inTransaction(() -> new VerificationReport(orders.verified(actor.merchant(), scoped, page),
                orders.verificationTotals(actor.merchant(), scoped), orders.verificationTotals(actor.merchant(), today)));
    }

    private Shipment shipment(Actor actor, Order order, PackageRequest request, Instant now) {
        if (request == null || request.lines() == null || request.lines().stream().anyMatch(java.util.Objects::isNull)) {
            throw DomainException.invalidField("lines", ErrorCode.ORDER_SHIPMENT_INVALID, "A package has lines");
        }
        String carrier = request.carrier() == null ? "" : request.carrier().strip();
        String tracking = request.trackingNumber() == null ? "" : request.trackingNumber().strip();
        if (carrier.length() > 64 || tracking.length() > 64) {
            throw DomainException.invalidField("trackingNumber", ErrorCode.ORDER_SHIPMENT_INVALID,
                    "Carrier and tracking number are at most 64 characters");
        }
        return new Shipment(ids.newId(), carrier, tracking, request.lines(), actor.subject(), now);
    }
}
