package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Daily check-ins (每日签到): once per business day in the merchant's time zone, points by the
 * merchant's rules (the defaults until it sets its own). The points of one day are one wallet
 * operation keyed by the day, applied under the wallet's lock, so concurrent calls credit once.
 */
public final class CheckInService {
    private final CheckInRepository checkIns;
    private final PointsRuleRepository ruleSets;
    private final CheckInRules registry;
    private final WalletLedger ledger;
    private final CustomerService customers;
    private final MerchantCalendar calendar;
    private final Transactions transactions;
    private final Clock clock;

    public CheckInService(CheckInRepository checkIns, PointsRuleRepository ruleSets, CheckInRules registry,
                          WalletRepository wallets, CustomerRepository customerRepository, CustomerService customers,
                          MerchantCalendar calendar, Transactions transactions, IdGenerator ids, Clock clock) {
        this.checkIns = checkIns;
        this.ruleSets = ruleSets;
        this.registry = registry;
        this.ledger = new WalletLedger(wallets, customerRepository, transactions, ids, clock);
        this.customers = customers;
        this.calendar = calendar;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The calling customer checks in today; a second check-in the same day is refused (CHECK_IN_ALREADY_DONE). */
    public CheckInOutcome checkIn(Actor actor) {
        if (!actor.isCustomer()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only a customer checks in");
        }
        CustomerId customer = customers.myId(actor);
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zoneOf(actor.merchant()));
        List<CheckInRules.Compiled> rules = registry.compile(rulesOf(actor));
        return transactions.inTransaction(() -> {
            int streak = checkIns.latest(actor.merchant(), customer).map(c -> {
                if (!c.day().isBefore(today)) {
                    throw new DomainException(ErrorCode.CHECK_IN_ALREADY_DONE, "Checked in on " + c.day() + " already");
                }
                return c.streakOn(today);
            }).orElse(1);
            List<CheckInRule.Reward> rewards = rules.stream()
                    .flatMap(r -> r.rule().reward(streak, r.args()).stream()).toList();
            long total = rewards.stream().mapToLong(CheckInRule.Reward::points).sum();
            WalletLedger.Operation operation = new WalletLedger.Operation("check-in:" + today,
                    Cause.rule(DailySignInRule.CODE), rewards.isEmpty() ? LedgerReason.SIGN_IN
                    : rewards.getFirst().reason(), total, Optional.empty(), Optional.empty());
            CheckIn checkIn = new CheckIn(actor.merchant(), customer, today, streak, total, ledger.now());
            WalletOperation done = ledger.apply(actor, customer, operation, (wallet, movement) -> {
                for (CheckInRule.Reward reward : rewards) {
                    if (reward.points() > 0) {
                        wallet.earnPoints(Points.of(reward.points()), reward.reason(), movement);
                    }
                }
            });
            if (done.replayed()) {
                throw new DomainException(ErrorCode.CHECK_IN_ALREADY_DONE, "Checked in on " + today + " already");
            }
            checkIns.add(checkIn);
            return new CheckInOutcome(checkIn, done);
        });
    }

    /** The calling customer's check-ins this month (in the merchant's time zone), oldest first. */
    public List<CheckIn> myCheckInsThisMonth(Actor actor) {
        CustomerId customer = customers.myId(actor);
        LocalDate today = LocalDate.ofInstant(clock.instant(), calendar.zoneOf(actor.merchant()));
        return transactions.inTransaction(() -> checkIns.since(actor.merchant(), customer, today.withDayOfMonth(1)));
    }

    /** The merchant's check-in rules, or the defaults. */
    public List<PointsRule> rules(Actor actor) {
        return rulesOf(actor);
    }

    /** Replaces the merchant's check-in rules (checked first); an empty list turns check-in points off. */
    public List<PointsRule> setRules(Actor actor, List<PointsRule> rules) {
        WalletInputs.requireStaff(actor);
        registry.compile(rules);
        transactions.run(() -> ruleSets.save(actor.merchant(), List.copyOf(rules)));
        return List.copyOf(rules);
    }

    private List<PointsRule> rulesOf(Actor actor) {
        return transactions.inTransaction(() -> ruleSets.find(actor.merchant())).orElse(CheckInRules.DEFAULTS);
    }
}
