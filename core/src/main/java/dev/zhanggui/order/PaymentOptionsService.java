package dev.zhanggui.order;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.PointsRate;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.Wallet;
import dev.zhanggui.wallet.WalletService;

/**
 * The payment options of a customer for an order total (抵扣预览): the storefront shows "可用 1200
 * 积分抵扣 12.00 元" and the split before the customer checks out. The rules are checkout's
 * ({@link OrderHoldings}): points pay at the merchant's rate, worth at least 0.01 and at most the
 * merchant's share of the total; the balance pays next, up to what is left; a frozen wallet pays
 * nothing. A choice checkout would refuse is refused here with the same code.
 */
public final class PaymentOptionsService {
    /** The largest total previewed, in minor units (99,999,999.99): above any order, far from overflowing. */
    static final long MAX_TOTAL_MINOR = 9_999_999_999L;
    private final OrderSettings settings;
    private final WalletService wallets;
    private final Transactions transactions;

    public PaymentOptionsService(OrderSettings settings, WalletService wallets, Transactions transactions) {
        this.settings = settings;
        this.wallets = wallets;
        this.transactions = transactions;
    }

    public PaymentOptions options(Actor actor, Money total, Points points, boolean useBalance) {
        if (!actor.isCustomer()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Payment options are a customer's own");
        }
        if (total == null || total.isNegative() || total.minorUnits() > MAX_TOTAL_MINOR) {
            throw DomainException.invalidField("total", ErrorCode.ORDER_TENDER_INVALID,
                    "The total is 0.00 to 99999999.99");
        }
        if (points == null || points.isNegative()) {
            throw DomainException.invalidField("points", ErrorCode.ORDER_TENDER_INVALID, "Points are never negative");
        }
        return transactions.inTransaction(() -> {
            OrderSettings.MerchantOrderSettings merchant = settings.of(actor.merchant());
            PointsRate rate = merchant.pointsRate();
            if (!total.hasCurrency(rate.currency())) {
                throw DomainException.invalidField("total", ErrorCode.ORDER_TENDER_INVALID,
                        "The total is in " + rate.currency().getCurrencyCode());
            }
            Wallet wallet = wallets.myWallet(actor);
            Points usable = wallet.frozen() ? Points.zero()
                    : wallet.points().min(mostPointsWithin(rate, merchant.pointsCap(total)));
            Money remaining = total;
            Money byPoints = Money.zero(rate.currency());
            if (points.isPositive()) {
                byPoints = OrderHoldings.pointsWorth(points, wallet.points(), merchant, total);
                if (wallet.frozen()) {
                    throw new DomainException(ErrorCode.WALLET_FROZEN, "The wallet is frozen");
                }
                remaining = remaining.minus(byPoints);
            }
            Money balance = wallet.frozen() ? Money.zero(rate.currency()) : wallet.balance();
            Money byBalance = useBalance && balance.isPositive() && remaining.isPositive()
                    ? balance.min(remaining) : Money.zero(rate.currency());
            return new PaymentOptions(wallet.points(), usable, rate.worthOf(usable), balance, wallet.frozen(), points,
                    byPoints, byBalance, remaining.minus(byBalance));
        });
    }

    /**
     * The most points whose worth stays within the cap. Worth rounds down to the fen, so this can be
     * more than the points the cap covers exactly: at 3 points = 1.00, 4 points are worth 1.33.
     */
    static Points mostPointsWithin(PointsRate rate, Money cap) {
        long capMinor = cap.minorUnits();
        long unitMinor = rate.worth().minorUnits();
        if (capMinor <= 0) {
            return Points.zero();
        }
        // the largest n with floor(n * unit / points) <= cap, i.e. n * unit < (cap + 1) * points
        try {
            return Points.of(Math.floorDiv(Math.multiplyExact(capMinor + 1, rate.points()) - 1, unitMinor));
        } catch (ArithmeticException beyondAnyWallet) {
            return Points.of(Long.MAX_VALUE);
        }
    }
}
