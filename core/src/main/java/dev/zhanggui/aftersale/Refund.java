package dev.zhanggui.aftersale;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.order.OrderRefund;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A refund (退款单) of an after-sales request or of an order's cancellation: the units per line and
 * what they refund, the shipping part, the split over the tenders that paid ({@link RefundAllocation},
 * what the invariants are computed over), and the parts that carry it out per destination with their
 * status. A manual refund (手动退款) is split the same way but every part is settled offline.
 */
public final class Refund {
    /** What the refund is for. */
    public enum Origin {
        /** An after-sales request (售后). */
        AFTER_SALE,
        /** A paid order the customer asked to cancel (取消中). */
        CANCELLATION
    }

    private final RefundId id;
    private final MerchantId merchant;
    private final OrderId order;
    private final String orderNumber;
    private final CustomerId customer;
    private final Origin origin;
    private final Optional<AfterSaleId> afterSale;
    private final boolean manual;
    private final Optional<String> note;
    private final List<RefundLine> lines;
    private final Money shipping;
    private final List<RefundAllocation> allocations;
    private final List<RefundPart> parts;
    private final Instant createdAt;
    private long version;

    public Refund(RefundId id, MerchantId merchant, OrderId order, String orderNumber, CustomerId customer,
                  Origin origin, Optional<AfterSaleId> afterSale, boolean manual, Optional<String> note,
                  List<RefundLine> lines, Money shipping, List<RefundAllocation> allocations, List<RefundPart> parts,
                  Instant createdAt, long version) {
        this.id = Objects.requireNonNull(id, "id");
        this.merchant = Objects.requireNonNull(merchant, "merchant");
        this.order = Objects.requireNonNull(order, "order");
        this.orderNumber = Objects.requireNonNull(orderNumber, "orderNumber");
        this.customer = Objects.requireNonNull(customer, "customer");
        this.origin = Objects.requireNonNull(origin, "origin");
        this.afterSale = afterSale;
        this.manual = manual;
        this.note = note;
        this.lines = List.copyOf(lines);
        this.shipping = Objects.requireNonNull(shipping, "shipping");
        this.allocations = List.copyOf(allocations);
        this.parts = new ArrayList<>(parts);
        this.createdAt = createdAt;
        this.version = version;
        Money split = allocations.stream().map(RefundAllocation::amount).reduce(Money.zero(), Money::plus);
        Money carried = parts.stream().map(RefundPart::amount).reduce(Money.zero(), Money::plus);
        if (!split.equals(amount()) || !carried.equals(amount())) {
            throw new IllegalArgumentException("refund " + id + " of " + amount() + " is split into " + split
                    + " and carried out as " + carried);
        }
    }

    /** Goods and shipping. */
    public Money amount() {
        return goods().plus(shipping);
    }

    public Money goods() {
        return lines.stream().map(RefundLine::amount).reduce(Money.zero(), Money::plus);
    }

    /** SUCCEEDED when every part did, FAILED when a part failed, otherwise PENDING. */
    public RefundStatus status() {
        if (parts.stream().allMatch(p -> p.status() == RefundPartStatus.SUCCEEDED)) {
            return RefundStatus.SUCCEEDED;
        }
        return parts.stream().anyMatch(p -> p.status() == RefundPartStatus.FAILED)
                ? RefundStatus.FAILED : RefundStatus.PENDING;
    }

    public boolean isSettled() {
        return status() == RefundStatus.SUCCEEDED;
    }

    /** The parts a carrying out should (re)try. */
    public List<RefundPart> dueParts() {
        return parts.stream().filter(RefundPart::due).toList();
    }

    /** Replaces a part by its newer state; the same state again changes nothing (returns false). */
    boolean update(RefundPart part) {
        RefundPart current = parts.get(part.index());
        if (current.equals(part)) {
            return false;
        }
        parts.set(part.index(), part);
        version++;
        return true;
    }

    /** What the order records of this refund. */
    public OrderRefund toOrderRefund() {
        return new OrderRefund(id.toString(), lines.stream().map(l -> new OrderRefund.RefundedLine(l.line(),
                l.quantity(), l.amount(), l.shipped())).toList(), shipping, allocations.stream()
                .filter(a -> a.amount().isPositive() || a.points().isPositive())
                .map(a -> new OrderRefund.RefundedTender(a.tender(), a.amount(), a.points())).toList(), createdAt);
    }

    public Refund copy() {
        return new Refund(id, merchant, order, orderNumber, customer, origin, afterSale, manual, note, lines, shipping,
                allocations, parts, createdAt, version);
    }

    public void stored(long newVersion) {
        this.version = newVersion;
    }

    public RefundId id() { return id; }
    public MerchantId merchant() { return merchant; }
    public OrderId order() { return order; }
    public String orderNumber() { return orderNumber; }
    public CustomerId customer() { return customer; }
    public Origin origin() { return origin; }
    public Optional<AfterSaleId> afterSale() { return afterSale; }
    public boolean manual() { return manual; }
    public Optional<String> note() { return note; }
    public List<RefundLine> lines() { return lines; }
    public Money shipping() { return shipping; }
    public List<RefundAllocation> allocations() { return allocations; }
    public List<RefundPart> parts() { return List.copyOf(parts); }
    public Instant createdAt() { return createdAt; }
    public long version() { return version; }
}
