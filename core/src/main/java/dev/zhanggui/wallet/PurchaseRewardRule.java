package dev.zhanggui.wallet;

import dev.zhanggui.shared.Money;

import java.math.BigInteger;
import java.util.Map;
import java.util.Set;

/**
 * {@code purchase_reward {points, perYuan}}: a completed order earns {@code points} for every
 * {@code perYuan} yuan the buyer paid in money, rounded down (购物积分; default 1 point per yuan, so
 * 88.50 paid earns 88). {points: 1, perYuan: 10} is a point per ten yuan, {points: 2, perYuan: 1}
 * two per yuan.
 */
public final class PurchaseRewardRule implements EarningRule {
    public static final String CODE = "purchase_reward";

    @Override
    public String code() {
        return CODE;
    }

    @Override
    public Set<String> arguments() {
        return Set.of("points", "perYuan");
    }

    @Override
    public Occasion occasion() {
        return Occasion.PURCHASE;
    }

    @Override
    public long points(Money basis, Map<String, Long> args) {
        if (!basis.isPositive()) {
            return 0;
        }
        // floor(fen * points / (perYuan * 100)), exact for any amount
        BigInteger earned = BigInteger.valueOf(basis.minorUnits()).multiply(BigInteger.valueOf(args.get("points")))
                .divide(BigInteger.valueOf(args.get("perYuan")).multiply(BigInteger.valueOf(100)));
        return earned.min(BigInteger.valueOf(Long.MAX_VALUE)).longValueExact();
    }
}
