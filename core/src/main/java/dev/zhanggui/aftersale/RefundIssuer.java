package dev.zhanggui.aftersale;

import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderChanged;
import dev.zhanggui.order.OrderEvent;
import dev.zhanggui.order.OrderRepository;
import dev.zhanggui.order.OrderStatus;
import dev.zhanggui.order.TenderType;
import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.wallet.WalletService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Issues a refund inside the caller's unit of work: computes it ({@link RefundCalculator}), records
 * it on the order (which may close it), stores it with one part per destination, puts cancelled units
 * (and an intercepted parcel's) back to stock, returns the coupon when the whole order is refunded
 * before shipping, and claws back purchase points. Money moves afterwards, part by part.
 */
final class RefundIssuer {
    /** What a refund is issued for. */
    record Issue(RefundId id, Refund.Origin origin, Optional<AfterSale> afterSale, List<AfterSaleLine> units,
                 boolean manual, Optional<String> note) {
    }

    private final OrderRepository orders;
    private final RefundRepository refunds;
    private final AfterSaleSettings settings;
    private final RefundCalculator calculator;
    private final AfterSaleStock stock;
    private final CouponService coupons;
    private final CouponRepository couponRepository;
    private final WalletService wallets;
    private final PointsClawbacks clawbacks;
    private final EventPublisher events;

    RefundIssuer(OrderRepository orders, RefundRepository refunds, AfterSaleSettings settings,
                 RefundCalculator calculator, AfterSaleStock stock, CouponService coupons,
                 CouponRepository couponRepository, WalletService wallets, PointsClawbacks clawbacks,
                 EventPublisher events) {
        this.orders = orders;
        this.refunds = refunds;
        this.settings = settings;
        this.calculator = calculator;
        this.stock = stock;
        this.coupons = coupons;
        this.couponRepository = couponRepository;
        this.wallets = wallets;
        this.clawbacks = clawbacks;
        this.events = events;
    }

    Refund issue(Actor actor, Order order, Issue issue, Instant now) {
        AfterSaleTerms terms = settings.of(order.merchant());
        RefundPlan plan = calculator.plan(order, issue.units(), terms);
        Refund refund = new Refund(issue.id(), order.merchant(), order.id(), order.number(), order.customer(),
                issue.origin(), issue.afterSale().map(AfterSale::id), issue.manual(), issue.note(), plan.lines(),
                plan.shipping(), plan.allocations(), parts(issue, order, plan.allocations()), now, 0);
        long before = order.version();
        int known = order.events().size();
        order.recordRefund(refund.toOrderRefund(), actor, now);
        orders.update(order, before);
        refunds.add(refund);
        restock(order, refund, issue, terms, actor, now);
        if (order.status() == OrderStatus.CLOSED) {
            returnCoupon(order);
        }
        clawbacks.clawBack(order, refund.id(), now);
        List<OrderEvent> added = order.events().subList(known, order.events().size());
        added.forEach(e -> events.publish(new OrderChanged(order.merchant(), order.id(), order.number(),
                order.customer(), e)));
        return refund;
    }

    /** Cancelled units go back at once; an intercepted parcel's units as the merchant's terms say. */
    private void restock(Order order, Refund refund, Issue issue, AfterSaleTerms terms, Actor actor, Instant now) {
        boolean intercepted = issue.afterSale().filter(a -> a.type() == AfterSaleType.REFUND_ONLY).isPresent()
                && terms.restock() == ReturnRestock.WHEN_RECEIVED;
        for (RefundLine line : refund.lines()) {
            if (!line.shipped() || intercepted) {
                stock.putBack(order, line.line(), line.quantity(), actor.subject(), now);
            }
        }
    }

    /** A full refund before shipping gives the coupon back if it is still valid; a partial one never. */
    private void returnCoupon(Order order) {
        order.contents().coupon().ifPresent(coupon -> couponRepository.find(order.merchant(), coupon)
                .filter(c -> c.status() == CouponStatus.USED && c.order().filter(order.number()::equals).isPresent())
                .ifPresent(c -> coupons.restore(order.merchant(), order.customer(), coupon, order.number())));
    }

    /** One part per allocation, to the destination of its tender; credit already repaid is settled offline. */
    private List<RefundPart> parts(Issue issue, Order order, List<RefundAllocation> allocations) {
        List<RefundPart> parts = new ArrayList<>();
        for (RefundAllocation a : allocations) {
            RefundDestination destination = issue.manual() ? RefundDestination.MANUAL : destinationOf(a.tender());
            Money amount = a.amount();
            if (destination == RefundDestination.CREDIT) {
                Money inUse = wallets.wallet(Actor.system(order.merchant(), "after-sales"), order.customer())
                        .creditInUse();
                amount = a.amount().min(inUse);
                if (amount.isPositive()) {
                    parts.add(part(issue.id(), parts.size(), a, amount, Points.zero(), RefundDestination.CREDIT));
                }
                amount = a.amount().minus(amount);
                destination = RefundDestination.MANUAL;
            }
            if (amount.isPositive() || a.points().isPositive()) {
                parts.add(part(issue.id(), parts.size(), a, amount, a.points(), destination));
            }
        }
        return parts;
    }

    private static RefundPart part(RefundId id, int index, RefundAllocation a, Money amount, Points points,
                                   RefundDestination destination) {
        String key = destination == RefundDestination.PAYMENT_GATEWAY ? id.outRefundNo() : "refund:" + id + ":" + index;
        return RefundPart.pending(index, a, amount, points, destination, key);
    }

    static RefundDestination destinationOf(TenderType tender) {
        return switch (tender) {
            case ONLINE -> RefundDestination.PAYMENT_GATEWAY;
            case BALANCE -> RefundDestination.BALANCE;
            case POINTS -> RefundDestination.POINTS;
            case CREDIT -> RefundDestination.CREDIT;
            case COD, CASH, OFFLINE_TRANSFER -> RefundDestination.MANUAL;
        };
    }
}
