package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Points expiry by year end (积分年底清零), for merchants that turn it on: points a customer held
 * when the year began (in the merchant's time zone) and has not spent since expire, as one EXPIRY
 * entry per wallet and year. The job works in batches; each batch claims its wallets with a
 * lock that other instances skip.
 */
public final class PointsExpiry {
    public static final String JOB = "points-expiry";

    private final PointsExpiryQueue queue;
    private final WalletLedger ledger;
    private final MerchantCalendar calendar;
    private final Transactions transactions;
    private final Clock clock;

    public PointsExpiry(PointsExpiryQueue queue, WalletRepository wallets, CustomerRepository customers,
                        MerchantCalendar calendar, Transactions transactions, IdGenerator ids, Clock clock) {
        this.queue = queue;
        this.ledger = new WalletLedger(wallets, customers, transactions, ids, clock);
        this.calendar = calendar;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Expires what is due for the merchant this year; returns how many wallets it changed. */
    public int expireDue(MerchantId merchant, int batchSize) {
        ZoneId zone = calendar.zoneOf(merchant);
        LocalDate yearStart = LocalDate.ofInstant(clock.instant(), zone).withDayOfYear(1);
        Instant cutoff = yearStart.atStartOfDay(zone).toInstant();
        String key = JOB + ":" + yearStart.getYear();
        Actor system = Actor.system(merchant, JOB);
        int changed = 0;
        while (true) {
            int batch = transactions.inTransaction(() -> {
                List<PointsExpiryQueue.Due> due = queue.claim(merchant, cutoff, key, batchSize);
                for (PointsExpiryQueue.Due d : due) {
                    WalletLedger.Operation operation = new WalletLedger.Operation(key,
                            Cause.rule(JOB), LedgerReason.EXPIRY, -d.points(), Optional.empty(), Optional.empty());
                    ledger.apply(system, d.customer(), operation, (wallet, movement) -> wallet.spendPoints(
                            Points.of(Math.min(d.points(), wallet.points().value())), LedgerReason.EXPIRY, movement));
                }
                return due.size();
            });
            changed += batch;
            if (batch < batchSize) {
                return changed;
            }
        }
    }
}
