package dev.zhanggui.order;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.PointsRate;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The merchant's order settings (订单设置): the order number prefix, how long an order may stay
 * unpaid, how long after shipping receipt confirms itself, whether orders are reviewed before
 * shipping (待审核), what points are worth as a tender, the payment terms (付款规则) of the merchant
 * and of single customers, and the holidays that delivery dates skip. Staff read them; admins change
 * them. A change applies to orders placed afterwards: each order keeps the timers it was placed with.
 */
public final class OrderSettingsService {
    public static final Duration MIN_PAYMENT_TIMEOUT = Duration.ofMinutes(1);
    public static final Duration MAX_PAYMENT_TIMEOUT = Duration.ofDays(30);
    public static final Duration MIN_RECEIPT_PERIOD = Duration.ofDays(1);
    public static final Duration MAX_RECEIPT_PERIOD = Duration.ofDays(90);

    private final OrderSettings settings;
    private final HolidayCalendar holidays;
    private final CustomerService customers;
    private final Transactions transactions;

    public OrderSettingsService(OrderSettings settings, HolidayCalendar holidays, CustomerService customers,
                                Transactions transactions) {
        this.settings = settings;
        this.holidays = holidays;
        this.customers = customers;
        this.transactions = transactions;
    }

    public OrderSettings.MerchantOrderSettings settings(Actor actor) {
        OrderAccess.requireStaff(actor);
        return transactions.inTransaction(() -> settings.of(actor.merchant()));
    }

    /**
     * The terms of checkout for whoever asks — anonymous visitors and customers included: the
     * points rate and cap, the payment timeout, and the payment terms that apply to the caller.
     */
    public CheckoutTerms checkoutTerms(Actor actor) {
        return transactions.inTransaction(() -> {
            OrderSettings.MerchantOrderSettings merchant = settings.of(actor.merchant());
            PaymentTerms terms = actor.isCustomer()
                    ? settings.termsFor(actor.merchant(), customers.myId(actor)).orElse(merchant.terms())
                    : merchant.terms();
            return new CheckoutTerms(merchant.pointsRate(), merchant.pointsMaxSharePercent(),
                    merchant.timers().paymentTimeout(), terms);
        });
    }

    /** The merchant's settings with their version (0 until first saved), for a change at that version. */
    public StoredOrderSettings stored(Actor actor) {
        OrderAccess.requireStaff(actor);
        return transactions.inTransaction(() -> new StoredOrderSettings(settings.of(actor.merchant()),
                settings.version(actor.merchant())));
    }

    /** Changes everything but the time zone, which is the merchant's own. */
    public OrderSettings.MerchantOrderSettings update(Actor actor, String numberPrefix, OrderTimers timers,
                                                      PointsRate pointsRate, PaymentTerms terms) {
        return write(actor, Optional.empty(), now -> validated(now.zone(), numberPrefix, timers, pointsRate, terms,
                now.pointsMaxSharePercent())).settings();
    }

    /** Changes everything but the time zone, with the largest share of an order points may pay (0 to 100). */
    public OrderSettings.MerchantOrderSettings update(Actor actor, String numberPrefix, OrderTimers timers,
                                                      PointsRate pointsRate, PaymentTerms terms,
                                                      int pointsMaxSharePercent) {
        return write(actor, Optional.empty(), now -> validated(now.zone(), numberPrefix, timers, pointsRate, terms,
                pointsMaxSharePercent)).settings();
    }

    /** Applies a partial change over the current settings (see {@link #update} for the limits). */
    public OrderSettings.MerchantOrderSettings change(Actor actor, OrderSettingsChange change) {
        return change(actor, change, Optional.empty()).settings();
    }

    /**
     * Applies a partial change over the current settings, at the version the caller read if it names
     * one ({@code VERSION_MISMATCH} when stale). The read, the merge and the write are one unit: two
     * admins changing different parts at once never undo each other's part; the later one is refused
     * with {@code VERSION_CONFLICT} if the other saved in between, and tries again.
     */
    public StoredOrderSettings change(Actor actor, OrderSettingsChange change, Optional<Long> expectedVersion) {
        return write(actor, expectedVersion, now -> merged(now, change));
    }

    private StoredOrderSettings write(Actor actor, Optional<Long> expectedVersion,
                                      UnaryOperator<OrderSettings.MerchantOrderSettings> changing) {
        requireAdmin(actor);
        return transactions.inTransaction(() -> {
            long version = settings.version(actor.merchant());
            VersionCheck.require(expectedVersion, version);
            OrderSettings.MerchantOrderSettings changed = changing.apply(settings.of(actor.merchant()));
            if (!settings.save(actor.merchant(), changed, version)) {
                throw new DomainException(ErrorCode.VERSION_CONFLICT, "The order settings were changed meanwhile");
            }
            return new StoredOrderSettings(changed, version + 1);
        });
    }

    private static OrderSettings.MerchantOrderSettings validated(ZoneId zone, String numberPrefix, OrderTimers timers,
                                                                 PointsRate pointsRate, PaymentTerms terms,
                                                                 int pointsMaxSharePercent) {
        if (pointsMaxSharePercent < 0 || pointsMaxSharePercent > OrderSettings.MerchantOrderSettings.ALL) {
            throw DomainException.invalidField("pointsMaxSharePercent", ErrorCode.ORDER_SETTINGS_INVALID,
                    "Points may pay 0 to 100 percent of an order");
        }
        String prefix = numberPrefix == null ? "" : numberPrefix.strip();
        if (!prefix.matches("[0-9]{1,12}")) {
            throw DomainException.invalidField("numberPrefix", ErrorCode.ORDER_SETTINGS_INVALID,
                    "The order number prefix is 1 to 12 digits");
        }
        if (timers == null || timers.paymentTimeout() == null || timers.receiptPeriod() == null
                || outside(timers.paymentTimeout(), MIN_PAYMENT_TIMEOUT, MAX_PAYMENT_TIMEOUT)) {
            throw DomainException.invalidField("paymentTimeoutMinutes", ErrorCode.ORDER_SETTINGS_INVALID,
                    "An order may stay unpaid from 1 minute to 30 days");
        }
        if (outside(timers.receiptPeriod(), MIN_RECEIPT_PERIOD, MAX_RECEIPT_PERIOD)) {
            throw DomainException.invalidField("receiptPeriodDays", ErrorCode.ORDER_SETTINGS_INVALID,
                    "Receipt confirms itself 1 to 90 days after shipping");
        }
        if (pointsRate == null || terms == null) {
            throw DomainException.invalidField(pointsRate == null ? "pointsRate" : "paymentTerms",
                    ErrorCode.ORDER_SETTINGS_INVALID, "Points rate and payment terms are required");
        }
        return new OrderSettings.MerchantOrderSettings(zone, prefix, timers, pointsRate, terms, pointsMaxSharePercent);
    }

    private static OrderSettings.MerchantOrderSettings merged(OrderSettings.MerchantOrderSettings now,
                                                              OrderSettingsChange change) {
        Duration timeout = change.paymentTimeoutMinutes().map(m -> Duration.ofMinutes(bounded(m)))
                .orElse(now.timers().paymentTimeout());
        Duration receipt = change.receiptPeriodDays().map(d -> Duration.ofDays(bounded(d)))
                .orElse(now.timers().receiptPeriod());
        PointsRate rate;
        try {
            rate = PointsRate.of(change.pointsPerUnit().orElse(now.pointsRate().points()),
                    change.pointsUnitWorth().orElse(now.pointsRate().worth()));
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("pointsRate", ErrorCode.ORDER_SETTINGS_INVALID,
                    "A points rate is a positive number of points worth a positive amount");
        }
        PaymentTerms terms = new PaymentTerms(
                change.firstOrderMayPayOnDelivery().orElse(now.terms().firstOrderMayPayOnDelivery()),
                change.returningMayPayOnDelivery().orElse(now.terms().returningMayPayOnDelivery()),
                change.unsettledCodBlocksNext().orElse(now.terms().unsettledCodBlocksNext()));
        return validated(now.zone(), change.numberPrefix().orElse(now.numberPrefix()), new OrderTimers(timeout,
                receipt, change.reviewRequired().orElse(now.timers().reviewRequired())), rate, terms,
                change.pointsMaxSharePercent().orElse(now.pointsMaxSharePercent()));
    }

    /** Keeps absurd numbers from overflowing a duration; the real limits are checked by {@link #update}. */
    private static long bounded(long value) {
        return Math.max(-1, Math.min(value, 1_000_000));
    }

    /** The terms that apply to one customer: their own if set, else the merchant's. */
    public CustomerTerms customerTerms(Actor actor, CustomerId customer) {
        OrderAccess.requireStaff(actor);
        customers.get(actor, customer);
        return transactions.inTransaction(() -> {
            Optional<PaymentTerms> own = settings.termsFor(actor.merchant(), customer);
            return new CustomerTerms(own.orElse(settings.of(actor.merchant()).terms()), own.isPresent());
        });
    }

    /** Sets a customer's own terms, or with empty lets the merchant's apply again. */
    public CustomerTerms setCustomerTerms(Actor actor, CustomerId customer, Optional<PaymentTerms> terms) {
        requireAdmin(actor);
        customers.get(actor, customer);
        transactions.run(() -> settings.saveTerms(actor.merchant(), customer, terms));
        return customerTerms(actor, customer);
    }

    public List<LocalDate> holidays(Actor actor, int year) {
        OrderAccess.requireStaff(actor);
        if (year < 2000 || year > 2100) {
            throw DomainException.invalidField("year", ErrorCode.ORDER_SETTINGS_INVALID, "A year from 2000 to 2100");
        }
        return transactions.inTransaction(() -> holidays.holidays(actor.merchant(), LocalDate.of(year, 1, 1),
                LocalDate.of(year + 1, 1, 1)));
    }

    public void addHoliday(Actor actor, LocalDate day) {
        requireAdmin(actor);
        transactions.run(() -> holidays.add(actor.merchant(), requireDay(day)));
    }

    public void removeHoliday(Actor actor, LocalDate day) {
        requireAdmin(actor);
        transactions.run(() -> holidays.remove(actor.merchant(), requireDay(day)));
    }

    /** The merchant's settings and the version they are at (also the ETag). */
    public record StoredOrderSettings(OrderSettings.MerchantOrderSettings settings, long version) {
    }

    /** The payment terms that apply to a customer, and whether they are the customer's own. */
    public record CustomerTerms(PaymentTerms terms, boolean own) {
    }

    private static LocalDate requireDay(LocalDate day) {
        if (day == null || day.getYear() < 2000 || day.getYear() > 2100) {
            throw DomainException.invalidField("day", ErrorCode.ORDER_SETTINGS_INVALID, "A day from 2000 to 2100");
        }
        return day;
    }

    private static boolean outside(Duration d, Duration min, Duration max) {
        return d.compareTo(min) < 0 || d.compareTo(max) > 0;
    }

    private static void requireAdmin(Actor actor) {
        if (actor.kind() != Actor.Kind.STAFF_ADMIN && actor.kind() != Actor.Kind.INTEGRATION) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's admins change order settings");
        }
    }
}
