package dev.zhanggui.aftersale;

import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderLine;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules of a new request against its order (003): the order is paid and still stands; refund
 * only is for an order not shipped yet (待发货) or a shipped one whose parcel the merchant intercepts
 * (待收货); return and refund is for a shipped or received order; a reason from the merchant's list;
 * no more units than were bought less those refunded or held by open requests; one open request per
 * line; before shipping, only units not shipped yet.
 */
final class AfterSaleRequests {
    private static final Set<OrderStatus> NOT_SHIPPED = EnumSet.of(OrderStatus.PENDING_REVIEW, OrderStatus.TO_SHIP);
    private static final Set<OrderStatus> SHIPPED = EnumSet.of(OrderStatus.SHIPPED, OrderStatus.COMPLETED);

    private AfterSaleRequests() {
    }

    /** The reason, checked against the merchant's list. */
    static AfterSaleReason reason(AfterSaleRequest request, List<AfterSaleReason> offered) {
        if (request.reason() == null || request.reason().isBlank()) {
            throw DomainException.invalidField("reason", ErrorCode.AFTERSALE_REASON_REQUIRED,
                    "Choose a reason for the request");
        }
        return offered.stream().filter(r -> r.code().equals(request.reason().strip())).findFirst()
                .orElseThrow(() -> DomainException.invalidField("reason", ErrorCode.AFTERSALE_REASON_UNKNOWN,
                        "No after-sales reason " + request.reason()));
    }

    static void requireDetails(AfterSaleRequest request) {
        if (request.description().filter(d -> d.length() > AfterSaleRequest.MAX_DESCRIPTION).isPresent()) {
            throw DomainException.invalidField("description", ErrorCode.AFTERSALE_INVALID,
                    "The description is at most " + AfterSaleRequest.MAX_DESCRIPTION + " characters");
        }
        if (request.images().size() > AfterSaleRequest.MAX_IMAGES || request.images().stream()
                .anyMatch(i -> i == null || !i.startsWith("https://") || i.length() > 500)) {
            throw DomainException.invalidField("images", ErrorCode.AFTERSALE_INVALID,
                    "At most " + AfterSaleRequest.MAX_IMAGES + " images, each an https URL");
        }
    }

    /** Whether the order takes a request of this type now. */
    static void requireEligible(Order order, AfterSaleType type) {
        boolean standing = NOT_SHIPPED.contains(order.status()) || SHIPPED.contains(order.status());
        if (!standing || !order.fullyPaid() || order.everyUnitRefunded()) {
            throw new DomainException(ErrorCode.AFTERSALE_ORDER_NOT_ELIGIBLE, "Order " + order.number() + " ("
                    + order.status() + (order.fullyPaid() ? "" : ", not paid in full") + ") takes no request");
        }
        if (type == AfterSaleType.RETURN_AND_REFUND && !SHIPPED.contains(order.status())) {
            throw DomainException.invalidField("type", ErrorCode.AFTERSALE_TYPE_NOT_ALLOWED,
                    "Order " + order.number() + " is not shipped: ask for a refund only");
        }
        if (type == AfterSaleType.REFUND_ONLY && order.status() == OrderStatus.COMPLETED) {
            throw DomainException.invalidField("type", ErrorCode.AFTERSALE_TYPE_NOT_ALLOWED,
                    "Order " + order.number() + " was received: ask for a return and refund");
        }
    }

    /** The units asked for, or every unit still open to a request when none are named. */
    static List<AfterSaleLine> units(Order order, AfterSaleRequest request, List<AfterSale> ofOrder) {
        List<AfterSale> open = ofOrder.stream().filter(AfterSale::isOpen).toList();
        if (request.lines().isEmpty()) {
            List<AfterSaleLine> all = order.lines().stream()
                    .filter(l -> open.stream().noneMatch(a -> a.covers(l.index())))
                    .map(l -> new AfterSaleLine(l.index(), available(order, l)))
                    .filter(l -> l.quantity() > 0).toList();
            if (all.isEmpty()) {
                throw DomainException.invalidField("lines", ErrorCode.AFTERSALE_QUANTITY_EXCEEDED,
                        "Nothing of order " + order.number() + " is left to request");
            }
            return all;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < request.lines().size(); i++) {
            AfterSaleLine unit = request.lines().get(i);
            String field = "lines[" + i + "]";
            OrderLine line = order.lines().stream().filter(l -> l.index() == unit.line()).findFirst()
                    .filter(l -> unit.quantity() >= 1 && seen.add(unit.line()))
                    .orElseThrow(() -> DomainException.invalidField(field, ErrorCode.AFTERSALE_LINES_INVALID,
                            "Line " + unit.line() + " is not a line of order " + order.number() + ", or named twice"));
            if (open.stream().anyMatch(a -> a.covers(unit.line()))) {
                throw DomainException.invalidField(field, ErrorCode.AFTERSALE_LINE_HAS_OPEN_REQUEST,
                        "Line " + unit.line() + " has an open after-sales request");
            }
            if (unit.quantity() > available(order, line)) {
                throw DomainException.invalidField(field + ".quantity", ErrorCode.AFTERSALE_QUANTITY_EXCEEDED,
                        "Line " + unit.line() + " has " + available(order, line) + " units left to request");
            }
        }
        return request.lines();
    }

    /** Units of a line a request may cover: bought less refunded; before shipping, only units not shipped. */
    static int available(Order order, OrderLine line) {
        int left = line.quantity() - order.refunds().quantity(line.index());
        if (NOT_SHIPPED.contains(order.status())) {
            left -= order.shippedQuantity(line.index());
        }
        return Math.max(0, left);
    }
}
