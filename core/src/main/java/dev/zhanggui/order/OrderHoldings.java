package dev.zhanggui.order;

import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.FieldError;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.PointsRate;
import dev.zhanggui.wallet.Cause;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.Wallet;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletService;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * What an order holds of other contexts and gives back: stock (conditional decrement), the coupon
 * (reserved, consumed once paid), points and balance (debited through the wallet ledger, balance
 * first), credit (charged). {@link #take} runs inside the checkout's unit of work; if a step fails it
 * undoes the steps before it, newest first, and rethrows, so that even a unit of work that cannot
 * roll back (the in-memory one) keeps nothing. Wallet operations carry keys derived from the order
 * number, so giving back twice changes nothing the second time.
 */
public final class OrderHoldings {
    private final OrderStock stock;
    private final CouponService coupons;
    private final CouponRepository couponRepository;
    private final WalletService wallets;
    private final WalletPaymentService walletPayments;

    public OrderHoldings(OrderStock stock, CouponService coupons, CouponRepository couponRepository,
                         WalletService wallets, WalletPaymentService walletPayments) {
        this.stock = stock;
        this.coupons = coupons;
        this.couponRepository = couponRepository;
        this.wallets = wallets;
        this.walletPayments = walletPayments;
    }

    /**
     * Takes stock, the coupon, points, balance and credit for an order about to be placed, and
     * returns its tenders: the wallet ones settled, the rest (if any) due. Points pay at the merchant's
     * rate, at most the merchant's share of the order's total.
     */
    public List<Tender> take(Actor actor, Order order, OrderSettings.MerchantOrderSettings merchant, Instant now) {
        Deque<Runnable> undo = new ArrayDeque<>();
        try {
            return takeAll(actor, order, merchant, now, undo);
        } catch (RuntimeException failure) {
            while (!undo.isEmpty()) {
                try {
                    undo.pop().run();
                } catch (RuntimeException undoFailed) {
                    failure.addSuppressed(undoFailed);
                }
            }
            throw failure;
        }
    }

    /**
     * What these points pay of an order of this total, by checkout's rule: worth at least 0.01 and at
     * most the merchant's share of the total ({@code ORDER_TENDER_INVALID}), and no more points than
     * the wallet holds ({@code WALLET_INSUFFICIENT_POINTS}). The payment options preview applies it too.
     */
    static Money pointsWorth(Points points, Points held, OrderSettings.MerchantOrderSettings settings, Money total) {
        Money worth = settings.pointsRate().worthOf(points);
        Money cap = settings.pointsCap(total);
        if (worth.isZero() || worth.isGreaterThan(cap)) {
            throw DomainException.invalidField("points", ErrorCode.ORDER_TENDER_INVALID, points
                    + " points are worth " + worth + "; they may pay 0.01 to " + cap
                    + (cap.isLessThan(total) ? " (" + settings.pointsMaxSharePercent() + "% of the order)" : ""));
        }
        if (held.isLessThan(points)) {
            throw DomainException.invalidField("points", ErrorCode.WALLET_INSUFFICIENT_POINTS,
                    "Only " + held + " points are available");
        }
        return worth;
    }

    private List<Tender> takeAll(Actor actor, Order order, OrderSettings.MerchantOrderSettings settings, Instant now,
                                 Deque<Runnable> undo) {
        PointsRate rate = settings.pointsRate();
        MerchantId merchant = order.merchant();
        String number = order.number();
        Actor system = Actor.system(merchant, "checkout");
        takeStock(actor, order, now, undo);
        order.contents().coupon().ifPresent(coupon -> {
            coupons.reserve(merchant, order.customer(), coupon, number);
            undo.push(() -> coupons.release(merchant, order.customer(), coupon, number));
        });
        Wallet wallet = wallets.wallet(system, order.customer());
        Money remaining = order.total();
        List<Tender> tenders = new ArrayList<>();
        PaymentPlan plan = order.plan();
        if (plan.points().isPositive()) {
            Money worth = pointsWorth(plan.points(), wallet.points(), settings, order.total());
            String key = number + ":points";
            walletPayments.spendPoints(actor, order.customer(), plan.points(), LedgerReason.POINTS_REDEMPTION,
                    Cause.order(number), key);
            undo.push(() -> walletPayments.earnPoints(system, order.customer(), plan.points(),
                    LedgerReason.ORDER_REFUND, Cause.refund(number), key + ":undo"));
            tenders.add(Tender.points(plan.points(), rate, key, now));
            remaining = remaining.minus(worth);
        }
        if (plan.useBalance() && !wallet.frozen() && wallet.balance().isPositive() && remaining.isPositive()) {
            Money fromBalance = wallet.balance().min(remaining);
            String key = number + ":balance";
            walletPayments.pay(actor, order.customer(), number, fromBalance, key);
            undo.push(() -> walletPayments.refund(system, order.customer(), key, number, fromBalance, key + ":undo"));
            tenders.add(Tender.settled(TenderType.BALANCE, fromBalance, key, now));
            remaining = remaining.minus(fromBalance);
        }
        if (remaining.isPositive()) {
            tenders.add(rest(actor, order, wallet, remaining, now, undo));
        }
        boolean goesAhead = tenders.stream().allMatch(t -> t.isSettled() || t.type().isDeferred());
        if (goesAhead) {
            order.contents().coupon().ifPresent(coupon -> coupons.consume(merchant, order.customer(), coupon, number));
        }
        return List.copyOf(tenders);
    }

    private void takeStock(Actor actor, Order order, Instant now, Deque<Runnable> undo) {
        List<FieldError> missing = new ArrayList<>();
        for (OrderLine line : order.lines()) {
            StockLocation at = StockLocation.of(line.store());
            if (stock.take(order.merchant(), line.sku().sku(), at, line.quantity(), order.number(), actor.subject(),
                    now)) {
                undo.push(() -> stock.putBack(order.merchant(), line.sku().sku(), at, line.quantity(), order.number(),
                        actor.subject(), now));
            } else {
                missing.add(new FieldError("lines[" + line.index() + "].quantity", ErrorCode.STOCK_INSUFFICIENT,
                        "Not enough stock of " + line.sku().productName() + " for " + line.quantity()));
            }
        }
        if (!missing.isEmpty()) {
            throw new DomainException(ErrorCode.STOCK_INSUFFICIENT, missing.getFirst().message(), missing);
        }
    }

    private Tender rest(Actor actor, Order order, Wallet wallet, Money amount, Instant now, Deque<Runnable> undo) {
        TenderType type = order.plan().rest();
        if (type == TenderType.CASH && !actor.actsForMerchant()) {
            throw DomainException.invalidField("tender", ErrorCode.ORDER_TENDER_INVALID,
                    "Cash is taken by staff at the counter");
        }
        if (type != TenderType.CREDIT) {
            return Tender.unsettled(type, amount);
        }
        // checked before charging, so that a refusal comes before any wallet write of this checkout
        if (wallet.frozen()) {
            throw new DomainException(ErrorCode.WALLET_FROZEN, "The wallet is frozen");
        }
        if (wallet.creditAvailable().isLessThan(amount)) {
            throw DomainException.invalidField("tender", ErrorCode.WALLET_CREDIT_LIMIT_EXCEEDED,
                    "Credit available is " + wallet.creditAvailable() + ", the order needs " + amount);
        }
        String key = order.number() + ":credit";
        walletPayments.chargeCredit(actor, order.customer(), order.number(), amount, key);
        undo.push(() -> walletPayments.returnCredit(Actor.system(order.merchant(), "checkout"), order.customer(),
                Cause.order(order.number()), amount, Optional.of("checkout of " + order.number() + " failed"),
                key + ":undo"));
        return Tender.settled(TenderType.CREDIT, amount, key, now);
    }

    /** The order was paid: the coupon it reserved is used for good. */
    public void paid(Order order) {
        order.contents().coupon().ifPresent(coupon -> couponRepository.find(order.merchant(), coupon)
                .filter(c -> c.status() == CouponStatus.RESERVED && c.order().filter(order.number()::equals).isPresent())
                .ifPresent(c -> coupons.consume(order.merchant(), order.customer(), coupon, order.number())));
    }

    /**
     * Gives back what a closed, cancelled or voided order held: stock (nothing of it was shipped),
     * the coupon (released if reserved; restored if used and still valid), points and balance back to
     * the wallet, credit in use down. Money paid online, by transfer or cash is not moved here: it is
     * refunded by after-sales through the tender it came from. What after-sales refunded already is
     * not given back again: the units it cancelled went back to stock then, and each wallet tender
     * gives back only what its refunds left of it.
     */
    public void release(Order order, Instant now) {
        MerchantId merchant = order.merchant();
        String number = order.number();
        Actor system = Actor.system(merchant, "order-release");
        CustomerId customer = order.customer();
        OrderRefunds refunded = order.refunds();
        for (OrderLine line : order.lines()) {
            int left = line.quantity() - refunded.cancelled(line.index());
            if (left > 0) {
                stock.putBack(merchant, line.sku().sku(), StockLocation.of(line.store()), left, number,
                        system.subject(), now);
            }
        }
        order.contents().coupon().ifPresent(coupon -> couponRepository.find(merchant, coupon).ifPresent(c -> {
            if (c.status() == CouponStatus.RESERVED && c.order().filter(number::equals).isPresent()) {
                coupons.release(merchant, customer, coupon, number);
            } else if (c.status() == CouponStatus.USED && c.order().filter(number::equals).isPresent()) {
                coupons.restore(merchant, customer, coupon, number);
            }
        }));
        for (Tender tender : order.tenders()) {
            if (tender.isSettled()) {
                giveBack(system, customer, number, tender, tender.amount().minus(refunded.from(tender.type())),
                        tender.points().minus(refunded.pointsFrom(tender.type())));
            }
        }
    }

    private void giveBack(Actor system, CustomerId customer, String number, Tender tender, Money amount,
                          dev.zhanggui.shared.Points points) {
        String key = tender.reference().orElseThrow();
        switch (tender.type()) {
            case POINTS -> {
                if (points.isPositive()) {
                    walletPayments.earnPoints(system, customer, points, LedgerReason.ORDER_REFUND,
                            Cause.refund(number), key + ":return");
                }
            }
            case BALANCE -> {
                if (amount.isPositive()) {
                    walletPayments.refund(system, customer, key, number, amount, key + ":return");
                }
            }
            case CREDIT -> {
                if (amount.isPositive()) {
                    walletPayments.returnCredit(system, customer, Cause.order(number), amount,
                            Optional.of("order " + number + " released"), key + ":return");
                }
            }
            default -> {
            }
        }
    }
}
