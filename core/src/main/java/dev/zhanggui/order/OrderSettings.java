package dev.zhanggui.order;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PointsRate;

import java.time.ZoneId;
import java.util.Optional;

/** Port: each merchant's order settings, and payment terms set for single customers. */
public interface OrderSettings {
    /**
     * @param zone         the merchant's time zone: its day for order numbers and delivery dates
     * @param numberPrefix the prefix of its order numbers (digits)
     * @param timers       payment timeout, receipt period, review
     * @param pointsRate   what points are worth as a tender
     * @param terms        the merchant's payment terms
     * @param pointsMaxSharePercent the largest share of an order's total that points may pay, 0 to 100
     *                     (100: 积分全额抵扣, points may pay it all; 0: points are no tender)
     */
    record MerchantOrderSettings(ZoneId zone, String numberPrefix, OrderTimers timers, PointsRate pointsRate,
                                 PaymentTerms terms, int pointsMaxSharePercent) {
        public static final int ALL = 100;
        public static final MerchantOrderSettings DEFAULT = new MerchantOrderSettings(ZoneId.of("Asia/Shanghai"),
                "10000", OrderTimers.DEFAULT, PointsRate.perYuan(100), PaymentTerms.DEFAULT);

        /** Points may pay the whole order. */
        public MerchantOrderSettings(ZoneId zone, String numberPrefix, OrderTimers timers, PointsRate pointsRate,
                                     PaymentTerms terms) {
            this(zone, numberPrefix, timers, pointsRate, terms, ALL);
        }

        /** The most that points may pay of an order of this total: its share, rounded down to the fen. */
        public Money pointsCap(Money total) {
            return Money.ofMinor(total.minorUnits() * pointsMaxSharePercent / ALL, total.currency());
        }
    }

    MerchantOrderSettings of(MerchantId merchant);

    /** Terms set for one customer, overriding the merchant's. */
    Optional<PaymentTerms> termsFor(MerchantId merchant, CustomerId customer);

    /**
     * The version of the merchant's stored settings: 0 until first saved, one more with each save.
     * A later {@link #of} in the same unit of work reads settings at least this new.
     */
    long version(MerchantId merchant);

    /**
     * Stores the merchant's settings (its time zone is the merchant's own and not changed here) if
     * they are still at {@code expectedVersion}; false, changing nothing, if someone saved meanwhile.
     */
    boolean save(MerchantId merchant, MerchantOrderSettings settings, long expectedVersion);

    /** Sets, or with empty clears, the terms of one customer. */
    void saveTerms(MerchantId merchant, CustomerId customer, Optional<PaymentTerms> terms);
}
