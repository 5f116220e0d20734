package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Credit statements (授信对账单): what a B2B customer owed at the start of a period, each charge,
 * repayment and refund in it, and what they owed at its end; days counted in the merchant's time
 * zone. A customer reads their own; staff read any of their merchant's customers. The statement is
 * read from the credit ledger in one unit of work, so it adds up exactly.
 */
public final class CreditStatementService {
    private static final int PAGE = PageRequest.MAX_LIMIT;

    private final WalletLedger ledger;
    private final CustomerService customers;
    private final MerchantCalendar calendar;
    private final Transactions transactions;
    private final Clock clock;

    public CreditStatementService(WalletRepository wallets, CustomerRepository customerRepository,
                                  CustomerService customers, MerchantCalendar calendar, Transactions transactions,
                                  IdGenerator ids, Clock clock) {
        this.ledger = new WalletLedger(wallets, customerRepository, transactions, ids, clock);
        this.customers = customers;
        this.calendar = calendar;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * The calling customer's statement from one day to another, both included; without {@code to}
     * up to today, without {@code from} from the first of {@code to}'s month.
     */
    public CreditStatement myStatement(Actor actor, Optional<LocalDate> from, Optional<LocalDate> to) {
        return statementOf(actor, customers.myId(actor), from, to);
    }

    public CreditStatement statement(Actor actor, CustomerId customer, Optional<LocalDate> from,
                                     Optional<LocalDate> to) {
        WalletInputs.requireStaff(actor);
        return statementOf(actor, customer, from, to);
    }

    private CreditStatement statementOf(Actor actor, CustomerId customer, Optional<LocalDate> from,
                                        Optional<LocalDate> to) {
        ZoneId zone = calendar.zoneOf(actor.merchant());
        Instant now = clock.instant();
        LocalDate last = to.orElseGet(() -> LocalDate.ofInstant(now, zone));
        StatementPeriod days = new StatementPeriod(from.orElse(last.withDayOfMonth(1)), last);
        return transactions.inTransaction(() -> {
            Wallet wallet = ledger.walletOf(actor.merchant(), customer);
            Money opening = owedBefore(actor, wallet, days.start(zone));
            List<CreditStatementLine> lines = new ArrayList<>();
            for (LedgerEntry entry : entriesIn(actor, wallet, days, zone).reversed()) {
                lines.add(CreditStatementLine.of(entry, LocalDate.ofInstant(entry.at(), zone)));
            }
            Money closing = lines.stream().map(CreditStatementLine::amount).reduce(opening, Money::plus);
            return new CreditStatement(customer, days, zone, opening, lines, closing, wallet.creditLimit(),
                    wallet.creditAvailable(), now);
        });
    }

    /** The credit in use after the last credit entry before the instant. */
    private Money owedBefore(Actor actor, Wallet wallet, Instant start) {
        LedgerFilter before = new LedgerFilter(Optional.of(Asset.CREDIT), Optional.empty(), Optional.empty(),
                Optional.of(start));
        return ledger.wallets().entries(actor.merchant(), wallet.id(), before, PageRequest.first(1)).items().stream()
                .findFirst().map(LedgerEntry::moneyAfter).orElse(Money.zero());
    }

    /** The period's credit entries, newest first, every page of them. */
    private List<LedgerEntry> entriesIn(Actor actor, Wallet wallet, StatementPeriod days, ZoneId zone) {
        LedgerFilter filter = new LedgerFilter(Optional.of(Asset.CREDIT), Optional.empty(),
                Optional.of(days.start(zone)), Optional.of(days.end(zone)));
        List<LedgerEntry> entries = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            Page<LedgerEntry> page = ledger.wallets().entries(actor.merchant(), wallet.id(), filter,
                    PageRequest.of(PAGE, after.orElse(null)));
            entries.addAll(page.items());
            after = page.next();
        } while (after.isPresent());
        return entries;
    }
}
