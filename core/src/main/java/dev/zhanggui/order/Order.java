package dev.zhanggui.order;

import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Allocation;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * An order (订单): what a customer bought, at which prices, how it is paid (the tenders) and
 * delivered, and where it stands. Every change goes through the {@link OrderLifecycle} table and
 * appends an {@link OrderEvent} the customer can read. The amounts: {@link #total()} is the lines'
 * totals plus shipping plus the merchant's price changes; the tenders add up to it.
 */
public final class Order {
    /** The largest price change either way, like the largest wallet amount. */
    public static final Money MAX_ADJUSTMENT = Money.of("100000000.00");

    private final OrderId id;
    private final MerchantId merchant;
    private final String number;
    private final OrderOrigin origin;
    private final OrderContents contents;
    private final PaymentPlan plan;
    private final OrderTimers timers;
    private final Instant createdAt;
    private OrderStatus status;
    private Delivery delivery;
    private List<Tender> tenders;
    private final List<PriceAdjustment> adjustments;
    private final List<Shipment> shipments;
    private Optional<TransferReport> transferReport;
    private Optional<Verification> verification;
    private Optional<Instant> paymentDeadline;
    private Optional<Instant> receiptDue;
    private final List<OrderEvent> events;
    private final List<OrderRefund> refunds;
    private long version;

    /** An order as stored, before any refund; use {@link #draft} or {@link #placed} for a new one. */
    public Order(OrderId id, MerchantId merchant, String number, OrderOrigin origin, OrderContents contents,
                 PaymentPlan plan, OrderTimers timers, Instant createdAt, OrderStatus status, Delivery delivery,
                 List<Tender> tenders, List<PriceAdjustment> adjustments, List<Shipment> shipments,
                 Optional<TransferReport> transferReport, Optional<Verification> verification,
                 Optional<Instant> paymentDeadline, Optional<Instant> receiptDue, List<OrderEvent> events,
                 long version) {
        this(id, merchant, number, origin, contents, plan, timers, createdAt, status, delivery, tenders, adjustments,
                shipments, transferReport, verification, paymentDeadline, receiptDue, events, List.of(), version);
    }

    /** An order as stored, with the refunds after-sales recorded on it. */
    public Order(OrderId id, MerchantId merchant, String number, OrderOrigin origin, OrderContents contents,
                 PaymentPlan plan, OrderTimers timers, Instant createdAt, OrderStatus status, Delivery delivery,
                 List<Tender> tenders, List<PriceAdjustment> adjustments, List<Shipment> shipments,
                 Optional<TransferReport> transferReport, Optional<Verification> verification,
                 Optional<Instant> paymentDeadline, Optional<Instant> receiptDue, List<OrderEvent> events,
                 List<OrderRefund> refunds, long version) {
        this.id = id;
        this.merchant = merchant;
        this.number = number;
        this.origin = origin;
        this.contents = contents;
        this.plan = plan;
        this.timers = timers;
        this.createdAt = createdAt;
        this.status = status;
        this.delivery = delivery;
        this.tenders = List.copyOf(tenders);
        this.adjustments = new ArrayList<>(adjustments);
        this.shipments = new ArrayList<>(shipments);
        this.transferReport = transferReport;
        this.verification = verification;
        this.paymentDeadline = paymentDeadline;
        this.receiptDue = receiptDue;
        this.events = new ArrayList<>(events);
        this.refunds = new ArrayList<>(refunds);
        this.version = version;
    }

    /** A salesperson's draft (待提交): nothing is taken from stock, coupon or wallet until it is placed. */
    public static Order draft(OrderId id, MerchantId merchant, String number, OrderOrigin origin,
                              OrderContents contents, PaymentPlan plan, OrderTimers timers,
                              Optional<Verification> verification, Actor actor, Instant now) {
        Order order = new Order(id, merchant, number, origin, contents, plan, timers, now, OrderStatus.DRAFT,
                contents.delivery(), List.of(), List.of(), List.of(), Optional.empty(), verification,
                Optional.empty(), Optional.empty(), List.of(), 0);
        order.events.add(new OrderEvent(now, actor.subject(), actor.kind(), OrderAction.SAVE_DRAFT, Optional.empty(),
                OrderStatus.DRAFT, Optional.empty()));
        return order;
    }

    /** A placed order: from checkout, with the tenders already taken (balance, points, credit) and the rest due. */
    public static Order placed(OrderId id, MerchantId merchant, String number, OrderOrigin origin,
                               OrderContents contents, PaymentPlan plan, OrderTimers timers,
                               Optional<Verification> verification, List<Tender> tenders, Actor actor,
                               Instant now) {
        Order order = draft(id, merchant, number, origin, contents, plan, timers, verification, actor, now);
        order.events.clear();
        order.place(tenders, actor, now);
        return order;
    }

    /** Places the order (a submitted draft or a checkout) with its tenders; unpaid orders get a payment deadline. */
    public void place(List<Tender> taken, Actor actor, Instant now) {
        Money sum = taken.stream().map(Tender::amount).reduce(Money.zero(), Money::plus);
        if (!sum.equals(total())) {
            throw new IllegalArgumentException("tenders add up to " + sum + " but the order is " + total());
        }
        this.tenders = List.copyOf(taken);
        move(OrderAction.PLACE, actor, now, Optional.empty());
        if (status == OrderStatus.PENDING_PAYMENT) {
            paymentDeadline = Optional.of(now.plus(timers.paymentTimeout()));
        }
    }

    /**
     * The gateway confirmed the online payment. Exactly once: the same payment again changes
     * nothing (returns false); another payment of a paid order is a conflict; the amount must be the
     * amount due online.
     */
    public boolean confirmOnlinePayment(String paymentReference, Money amount, Actor actor, Instant now) {
        Optional<Tender> online = tenders.stream().filter(t -> t.type() == TenderType.ONLINE).findFirst();
        if (online.filter(Tender::isSettled).isPresent()) {
            if (online.get().reference().filter(paymentReference::equals).isPresent()) {
                return false;
            }
            throw new DomainException(ErrorCode.ORDER_PAYMENT_CONFLICT,
                    "Order " + number + " was paid by " + online.get().reference().orElse("?"));
        }
        Tender due = online.orElseThrow(() -> new DomainException(ErrorCode.ORDER_NOTHING_TO_SETTLE,
                "Order " + number + " is not paid online"));
        if (!due.amount().equals(amount)) {
            throw DomainException.invalidField("amount", ErrorCode.ORDER_PAYMENT_AMOUNT_MISMATCH,
                    "Order " + number + " is due " + due.amount() + " online, not " + amount);
        }
        settleAndPay(TenderType.ONLINE, paymentReference, actor, now, Optional.empty());
        return true;
    }

    /**
     * Why the order can no longer take this online payment (closed, voided, paid otherwise, or due a
     * different amount since a price change), or empty if {@link #confirmOnlinePayment} takes it (or
     * took it before: the same payment again).
     */
    public Optional<LatePaymentReason> whyNotPayableOnline(String paymentReference, Money amount) {
        Optional<Tender> online = tenders.stream().filter(t -> t.type() == TenderType.ONLINE).findFirst();
        if (online.filter(Tender::isSettled).isPresent()) {
            return online.get().reference().filter(paymentReference::equals).isPresent()
                    ? Optional.empty() : Optional.of(LatePaymentReason.ORDER_PAID_OTHERWISE);
        }
        if (status == OrderStatus.CLOSED || status == OrderStatus.VOIDED) {
            return Optional.of(status == OrderStatus.CLOSED ? LatePaymentReason.ORDER_CLOSED
                    : LatePaymentReason.ORDER_VOIDED);
        }
        if (online.isEmpty() || status != OrderStatus.PENDING_PAYMENT) {
            return Optional.of(LatePaymentReason.ORDER_NOT_PAYABLE);
        }
        return online.get().amount().equals(amount) ? Optional.empty()
                : Optional.of(LatePaymentReason.ORDER_AMOUNT_CHANGED);
    }

    /**
     * An online payment the order could not take is refunded to the payer: the order message says so
     * and the order stays where it is.
     */
    public void refundLatePayment(String paymentReference, Money amount, LatePaymentReason reason, Actor actor,
                                  Instant now) {
        move(OrderAction.REFUND_LATE_PAYMENT, actor, now, Optional.of("online payment " + paymentReference + " of "
                + amount + " refunded to the payer: " + reason));
    }

    /** The customer reports an offline transfer (线下转账): date and account; staff confirm it later. */
    public void reportTransfer(TransferReport report, Actor actor, Instant now) {
        move(OrderAction.REPORT_TRANSFER, actor, now, Optional.of(report.account() + " " + report.transferDate()));
        transferReport = Optional.of(report);
    }

    /** Staff record that the rest was received (transfer arrived, cash taken, 确认收款). */
    public void recordPayment(String reference, Actor actor, Instant now) {
        OrderLifecycle.requireListed(this, OrderAction.PAY);
        TenderType rest = tenders.stream().filter(t -> !t.isSettled() && !t.type().isDeferred()).map(Tender::type)
                .findFirst().orElseThrow(() -> new DomainException(ErrorCode.ORDER_INVALID_TRANSITION,
                        "Order " + number + " (" + status + ") has nothing to pay"));
        settleAndPay(rest, reference, actor, now, Optional.of("recorded by staff"));
    }

    /** A cash-on-delivery order is paid after delivery (货到付款的订单要做付款). */
    public void settleCashOnDelivery(String reference, Actor actor, Instant now) {
        move(OrderAction.SETTLE_COD, actor, now, Optional.of(reference));
        replaceTender(t -> t.type() == TenderType.COD && !t.isSettled(), t -> t.settle(reference, now));
    }

    /** The merchant approves the order for shipping (审核通过). */
    public void approve(Actor actor, Instant now) {
        move(OrderAction.APPROVE, actor, now, Optional.empty());
    }

    /**
     * 改价: adds to (or takes off) the goods and the shipping of an unpaid order; the balance and
     * points already applied stay and the amount still to pay changes. Neither the goods nor the
     * shipping go below zero, nor the rest below zero.
     */
    public void adjustPrice(Money goods, Money shipping, String reason, Actor actor, Instant now) {
        OrderLifecycle.requireListed(this, OrderAction.ADJUST_PRICE);
        if (goods == null || shipping == null || !goods.hasCurrency(total().currency())
                || !shipping.hasCurrency(total().currency()) || goods.abs().isGreaterThan(MAX_ADJUSTMENT)
                || shipping.abs().isGreaterThan(MAX_ADJUSTMENT)) {
            throw DomainException.invalidField("goods", ErrorCode.ORDER_PRICE_ADJUSTMENT_INVALID,
                    "A price change is in " + total().currency() + " and at most " + MAX_ADJUSTMENT + " either way");
        }
        Money goodsAfter = goodsPayable().plus(goods);
        Money shippingAfter = shippingPayable().plus(shipping);
        Tender rest = tenders.stream().filter(t -> t.type().isRest() && !t.isSettled()).findFirst()
                .orElseThrow(() -> new DomainException(ErrorCode.ORDER_INVALID_TRANSITION,
                        "Order " + number + " (" + status + ") has nothing left to pay"));
        Money restAfter = rest.amount().plus(goods).plus(shipping);
        if (goodsAfter.isNegative() || shippingAfter.isNegative() || restAfter.isNegative()
                || (goods.isZero() && shipping.isZero())) {
            throw DomainException.invalidField("goods", ErrorCode.ORDER_PRICE_ADJUSTMENT_INVALID,
                    "The change must be non-zero and leave goods, shipping and what is left to pay at 0.00 or more");
        }
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw DomainException.invalidField("reason", ErrorCode.ORDER_PRICE_ADJUSTMENT_INVALID,
                    "A price change needs a reason of 1 to 200 characters");
        }
        move(OrderAction.ADJUST_PRICE, actor, now, Optional.of("goods " + goods + ", shipping " + shipping
                + ": " + reason.strip()));
        adjustments.add(new PriceAdjustment(goods, shipping, actor.subject(), reason.strip(), now));
        replaceTender(t -> t == rest, t -> t.withAmount(restAfter));
        if (restAfter.isZero()) {
            settleAndPay(rest.type(), "price-change", actor, now, Optional.empty());
        }
    }

    /** Corrects the shipping address while the order is not shipped yet. */
    public void changeAddress(AddressDetails address, Actor actor, Instant now) {
        move(OrderAction.CHANGE_ADDRESS, actor, now, Optional.empty());
        delivery = delivery.withAddress(address);
    }

    /** Sends one package (多包裹); the order is shipped when every unit is. */
    public void ship(Shipment shipment, Actor actor, Instant now) {
        OrderLifecycle.requireListed(this, OrderAction.SHIP);
        requireShippable(shipment);
        shipments.add(shipment);
        try {
            move(OrderAction.SHIP, actor, now, Optional.of(shipment.carrier() + " " + shipment.trackingNumber()));
        } catch (DomainException e) {
            shipments.removeLast();
            throw e;
        }
        if (status == OrderStatus.SHIPPED) {
            receiptDue = Optional.of(now.plus(timers.receiptPeriod()));
        }
    }

    /** The customer (or staff for them) confirms receipt (确认收货). */
    public void confirmReceipt(Actor actor, Instant now) {
        move(OrderAction.CONFIRM_RECEIPT, actor, now, Optional.empty());
        receiptDue = Optional.empty();
    }

    /** The receipt period ran out: the system confirms receipt (自动确认收货). */
    public void confirmReceiptAutomatically(Actor system, Instant now) {
        move(OrderAction.AUTO_CONFIRM, system, now, Optional.empty());
        receiptDue = Optional.empty();
    }

    /** Staff verify the in-store code (核销): once only. */
    public void verify(Actor staff, Instant now) {
        if (verification.filter(Verification::isUsed).isPresent()) {
            // checked before the table: a used code is the answer staff need, whatever the status
            throw new DomainException(ErrorCode.VERIFICATION_ALREADY_USED, "The code of order " + number
                    + " was verified by " + verification.get().verifiedBy().orElseThrow() + " at "
                    + verification.get().verifiedAt().orElseThrow());
        }
        move(OrderAction.VERIFY, staff, now, Optional.empty());
        verification = verification.map(v -> v.usedBy(staff.subject(), now));
    }

    /** The system closes an order left unpaid past its deadline (超时关闭). */
    public void closeUnpaid(Actor system, Instant now) {
        move(OrderAction.CLOSE, system, now, Optional.of("not paid in time"));
        paymentDeadline = Optional.empty();
    }

    /**
     * The customer cancels an order no money was received for (取消订单): unpaid, or on cash on
     * delivery and not shipped yet. Balance or points applied to an unpaid order are given back.
     */
    public void cancel(Actor actor, Instant now) {
        move(OrderAction.CANCEL, actor, now, Optional.empty());
        paymentDeadline = Optional.empty();
    }

    /** The customer asks to cancel a paid order not shipped yet (取消中); after-sales refunds it. */
    public void requestCancellation(String reason, Actor actor, Instant now) {
        if (reason != null && reason.strip().length() > 200) {
            throw DomainException.invalidField("reason", ErrorCode.ORDER_INVALID, "The reason is at most 200 characters");
        }
        move(OrderAction.REQUEST_CANCELLATION, actor, now, Optional.ofNullable(reason));
    }

    /** Staff void the order with a reason (作废). */
    public void voidOrder(String reason, Actor actor, Instant now) {
        if (reason == null || reason.isBlank() || reason.length() > 200) {
            throw DomainException.invalidField("reason", ErrorCode.ORDER_INVALID, "Voiding needs a reason of 1 to 200 characters");
        }
        OrderLifecycle.next(this, OrderAction.VOID, now);
        requireNoOnlineMoney();
        move(OrderAction.VOID, actor, now, Optional.of(reason.strip()));
        paymentDeadline = Optional.empty();
    }

    /**
     * Voiding gives back what the order holds in the wallet, but money paid through a gateway goes
     * back only through a gateway refund: an order with online money not yet refunded is refunded
     * through after-sales (which closes it once everything is refunded), never voided.
     */
    private void requireNoOnlineMoney() {
        for (Tender tender : tenders) {
            if (tender.type() == TenderType.ONLINE && tender.isSettled()
                    && tender.amount().minus(refunds().from(TenderType.ONLINE)).isPositive()) {
                throw new DomainException(ErrorCode.ORDER_VOID_PAID_ONLINE, "Order " + number + " was paid "
                        + tender.amount() + " online; refund it through after-sales instead of voiding it");
            }
        }
    }

    /**
     * After-sales refunded (part of) the order (退款): records the units, shipping and tender parts.
     * A refund that covers every unit of an order not shipped closes it; one that cancels the last
     * units still to ship makes it shipped. Nothing of it may exceed what the order has left to
     * refund. The same refund (by reference) again changes nothing: returns false.
     */
    public boolean recordRefund(OrderRefund refund, Actor actor, Instant now) {
        if (refunds().contains(refund.reference())) {
            return false;
        }
        OrderLifecycle.requireListed(this, OrderAction.REFUND);
        refunds().requireRoomFor(refund, this);
        refunds.add(refund);
        try {
            move(OrderAction.REFUND, actor, now, Optional.of("refund " + refund.reference() + ": " + refund.amount()));
        } catch (DomainException e) {
            refunds.removeLast();
            throw e;
        }
        if (status == OrderStatus.SHIPPED && receiptDue.isEmpty()) {
            receiptDue = Optional.of(now.plus(timers.receiptPeriod()));
        }
        return true;
    }

    // ---- reading

    /** Σ line totals + shipping + price changes: what the order costs the customer. */
    public Money total() {
        return goodsPayable().plus(shippingPayable());
    }

    /** The goods after discounts and the merchant's goods price changes. */
    public Money goodsPayable() {
        return adjustments.stream().map(PriceAdjustment::goods).reduce(contents.linesTotal(), Money::plus);
    }

    /** The shipping charged after the merchant's shipping price changes. */
    public Money shippingPayable() {
        return adjustments.stream().map(PriceAdjustment::shipping).reduce(contents.shipping(), Money::plus);
    }

    /** What is still to be paid before fulfilment ("to pay now", 待支付): unsettled non-deferred tenders. */
    public Money amountDue() {
        return tenders.stream().filter(t -> !t.isSettled() && !t.type().isDeferred()).map(Tender::amount)
                .reduce(Money.zero(), Money::plus);
    }

    /** Whether every tender's money is in (a COD order is not, until settled). */
    public boolean fullyPaid() {
        return tenders.stream().allMatch(Tender::isSettled);
    }

    /** The refunds after-sales recorded on the order, read as sums. */
    public OrderRefunds refunds() {
        return new OrderRefunds(refunds);
    }

    /** Whether every unit of every line has been refunded (已全额退款), shipping aside. */
    public boolean everyUnitRefunded() {
        OrderRefunds done = refunds();
        return contents.lines().stream().allMatch(l -> done.quantity(l.index()) >= l.quantity());
    }

    /** A refund that leaves no unit unrefunded, of an order nothing of which was shipped, closes it. */
    boolean closesOnRefund() {
        return everyUnitRefunded() && shipments.isEmpty();
    }

    boolean awaitsPaymentBeforeFulfilment() {
        return amountDue().isPositive();
    }

    /**
     * What each line costs the customer after promotions, coupon and the merchant's goods price
     * changes (split over the lines by their totals, largest remainder): after-sales refunds from it.
     */
    public List<Money> linePaidAmounts() {
        List<Money> totals = contents.lines().stream().map(OrderLine::total).toList();
        Money change = goodsPayable().minus(contents.linesTotal());
        if (change.isZero()) {
            return totals;
        }
        List<Money> weights = totals.stream().allMatch(Money::isZero)
                ? contents.lines().stream().map(l -> Money.ofMinor(l.quantity())).toList() : totals;
        List<Money> shares = Allocation.splitByAmounts(change.abs(), weights);
        List<Money> paid = new ArrayList<>();
        for (int i = 0; i < totals.size(); i++) {
            paid.add(change.isNegative() ? totals.get(i).minus(shares.get(i)) : totals.get(i).plus(shares.get(i)));
        }
        return List.copyOf(paid);
    }

    /** The unsettled tender of a type, if any. */
    public Optional<Tender> unsettled(TenderType type) {
        return tenders.stream().filter(t -> t.type() == type && !t.isSettled()).findFirst();
    }

    /** Units of a line (by index) sent in packages so far. */
    public int shippedQuantity(int line) {
        return shipments.stream().flatMap(s -> s.lines().stream()).filter(l -> l.line() == line)
                .mapToInt(ShipmentLine::quantity).sum();
    }

    /** Whether every unit still to be shipped is shipped: units refunded before shipping are not to be shipped. */
    public boolean everythingShipped() {
        OrderRefunds done = refunds();
        return contents.lines().stream()
                .allMatch(l -> shippedQuantity(l.index()) >= l.quantity() - done.cancelled(l.index()));
    }

    /** Whether a cash-on-delivery tender is still unsettled and the order still stands (blocks the next, 001). */
    public boolean hasUnsettledCashOnDelivery() {
        return unsettled(TenderType.COD).isPresent() && status != OrderStatus.CLOSED && status != OrderStatus.VOIDED;
    }

    // ---- internals

    private void settleAndPay(TenderType type, String reference, Actor actor, Instant now, Optional<String> note) {
        List<Tender> before = tenders;
        replaceTender(t -> t.type() == type && !t.isSettled(), t -> t.settle(reference, now));
        try {
            move(OrderAction.PAY, actor, now, note.or(() -> Optional.of(type + " " + reference)));
        } catch (DomainException e) {
            tenders = before;
            throw e;
        }
        paymentDeadline = Optional.empty();
    }

    private void replaceTender(Predicate<Tender> which, java.util.function.UnaryOperator<Tender> change) {
        List<Tender> changed = new ArrayList<>();
        boolean done = false;
        for (Tender t : tenders) {
            if (!done && which.test(t)) {
                changed.add(change.apply(t));
                done = true;
            } else {
                changed.add(t);
            }
        }
        tenders = List.copyOf(changed);
    }

    private void requireShippable(Shipment shipment) {
        if (shipment.lines().isEmpty() || shipment.carrier() == null || shipment.carrier().isBlank()
                || shipment.trackingNumber() == null || shipment.trackingNumber().isBlank()) {
            throw DomainException.invalidField("lines", ErrorCode.ORDER_SHIPMENT_INVALID,
                    "A package needs a carrier, a tracking number and at least one line");
        }
        for (ShipmentLine l : shipment.lines()) {
            Optional<OrderLine> line = contents.lines().stream().filter(o -> o.index() == l.line()).findFirst();
            long inPackage = shipment.lines().stream().filter(o -> o.line() == l.line())
                    .mapToLong(ShipmentLine::quantity).sum();
            if (line.isEmpty() || l.quantity() < 1 || shippedQuantity(l.line()) + inPackage
                    > line.get().quantity() - refunds().cancelled(l.line())) {
                throw DomainException.invalidField("lines", ErrorCode.ORDER_SHIPMENT_INVALID,
                        "Line " + l.line() + " has no " + l.quantity() + " more units to ship");
            }
        }
    }

    private void move(OrderAction action, Actor actor, Instant now, Optional<String> note) {
        OrderStatus from = status;
        status = OrderLifecycle.next(this, action, now);
        events.add(new OrderEvent(now, actor.subject(), actor.kind(), action, Optional.of(from), status, note));
        version++;
    }

    public Order copy() {
        return new Order(id, merchant, number, origin, contents, plan, timers, createdAt, status, delivery, tenders,
                adjustments, shipments, transferReport, verification, paymentDeadline, receiptDue, events, refunds,
                version);
    }

    /** The repository stored the order at this version. */
    public void stored(long newVersion) {
        this.version = newVersion;
    }

    public OrderId id() { return id; }
    public MerchantId merchant() { return merchant; }
    public String number() { return number; }
    public OrderOrigin origin() { return origin; }
    public CustomerId customer() { return origin.customer(); }
    public OrderContents contents() { return contents; }
    public List<OrderLine> lines() { return contents.lines(); }
    public PaymentPlan plan() { return plan; }
    public OrderTimers timers() { return timers; }
    public boolean reviewRequired() { return timers.reviewRequired(); }
    public Instant createdAt() { return createdAt; }
    public OrderStatus status() { return status; }
    public Delivery delivery() { return delivery; }
    public List<Tender> tenders() { return tenders; }
    public List<PriceAdjustment> adjustments() { return List.copyOf(adjustments); }
    public List<Shipment> shipments() { return List.copyOf(shipments); }
    public Optional<TransferReport> transferReport() { return transferReport; }
    public Optional<Verification> verification() { return verification; }
    public Optional<Instant> paymentDeadline() { return paymentDeadline; }
    public Optional<Instant> receiptDue() { return receiptDue; }
    public List<OrderEvent> events() { return List.copyOf(events); }
    public long version() { return version; }
}
