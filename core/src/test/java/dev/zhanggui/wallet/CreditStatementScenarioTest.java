package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.inmemory.ManualClock;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Use case: a wholesaler (批发客户) buys on credit through May and June, repays by bank transfer,
 * one order is refunded; the June statement (授信对账单) shows what was owed on 1 June, each
 * charge, repayment and refund, what is owed on 30 June, the limit and what is available.
 */
class CreditStatementScenarioTest {
    private final ManualClock clock = ManualClock.at(Instant.parse("2026-05-20T02:00:00Z"));
    private final WalletFixture f = new WalletFixture(clock);
    private final Actor staff = f.staff;
    private final CreditStatementService statements = new CreditStatementService(f.walletRepository,
            f.customerRepository, f.customers, MerchantCalendar.CHINA, f.transactions, f.ids, clock);

    @Test
    void the_june_statement_lists_what_was_owed_charged_repaid_and_refunded() {
        CustomerId wholesaler = f.newCustomer();
        f.wallets.setCreditLimit(staff, wholesaler, Money.of("10000.00"), Optional.empty());
        f.payments.chargeCredit(staff, wholesaler, "SO-0520", Money.of("1200.00"), "c0520");
        // 31 May 23:30 in Shanghai is still May, though it is 15:30 UTC
        clock.set(Instant.parse("2026-05-31T15:30:00Z"));
        f.payments.chargeCredit(staff, wholesaler, "SO-0531", Money.of("300.50"), "c0531");
        // 1 June 00:30 in Shanghai is June, though it is still 31 May in UTC
        clock.set(Instant.parse("2026-05-31T16:30:00Z"));
        f.payments.chargeCredit(staff, wholesaler, "SO-0601", Money.of("2000.00"), "c0601");
        clock.set(Instant.parse("2026-06-10T03:00:00Z"));
        WalletOperation repaid = f.payments.repayCredit(staff, wholesaler,
                new CreditRepayment(Money.of("1500.50"), RepaymentMethod.BANK_TRANSFER, Optional.of("工行 流水 8812")),
                "r0610");
        clock.set(Instant.parse("2026-06-12T03:00:00Z"));
        f.payments.returnCredit(Actor.system(WalletFixture.SHOP, "after-sales"), wholesaler, Cause.refund("RF-1"),
                Money.of("199.99"), Optional.of("refund of order SO-0601"), "rf-1");
        clock.set(Instant.parse("2026-07-02T03:00:00Z"));
        f.payments.chargeCredit(staff, wholesaler, "SO-0702", Money.of("50.00"), "c0702");

        CreditStatement june = statements.statement(staff, wholesaler, Optional.of(LocalDate.parse("2026-06-01")),
                Optional.of(LocalDate.parse("2026-06-30")));

        assertThat(june.openingOwed()).isEqualTo(Money.of("1500.50"));
        assertThat(june.lines()).extracting(CreditStatementLine::reason).containsExactly(LedgerReason.CREDIT_CHARGE,
                LedgerReason.CREDIT_REPAYMENT, LedgerReason.CREDIT_REFUND);
        CreditStatementLine charge = june.lines().getFirst();
        assertThat(charge.orderNumber()).contains("SO-0601");
        assertThat(charge.date()).isEqualTo(LocalDate.parse("2026-06-01"));
        assertThat(charge.amount()).isEqualTo(Money.of("2000.00"));
        assertThat(charge.owedAfter()).isEqualTo(Money.of("3500.50"));
        CreditStatementLine repayment = june.lines().get(1);
        assertThat(repayment.method()).contains(RepaymentMethod.BANK_TRANSFER);
        assertThat(repayment.note()).contains("工行 流水 8812");
        assertThat(repayment.actor()).isEqualTo("staff-1");
        assertThat(repayment.amount()).isEqualTo(Money.of("-1500.50"));
        assertThat(june.lines().get(2).cause()).isEqualTo(Cause.refund("RF-1"));
        assertThat(june.charged()).isEqualTo(Money.of("2000.00"));
        assertThat(june.repaid()).isEqualTo(Money.of("1500.50"));
        assertThat(june.refunded()).isEqualTo(Money.of("199.99"));
        assertThat(june.closingOwed()).isEqualTo(Money.of("1800.01"));
        // limit and available are as of now, after the July charge
        assertThat(june.creditLimit()).isEqualTo(Money.of("10000.00"));
        assertThat(june.creditAvailable()).isEqualTo(Money.of("8149.99"));
        assertThat(repaid.entries().getFirst().cause()).isEqualTo(Cause.repayment(RepaymentMethod.BANK_TRANSFER));

        CreditStatement may = statements.statement(staff, wholesaler, Optional.of(LocalDate.parse("2026-05-01")),
                Optional.of(LocalDate.parse("2026-05-31")));
        assertThat(may.openingOwed()).isEqualTo(Money.zero());
        assertThat(may.lines()).extracting(CreditStatementLine::orderNumber)
                .containsExactly(Optional.of("SO-0520"), Optional.of("SO-0531"));
        assertThat(may.closingOwed()).isEqualTo(june.openingOwed());
    }

    @Test
    void without_dates_the_statement_covers_this_month_up_to_today() {
        CustomerId wholesaler = f.newCustomer();
        f.wallets.setCreditLimit(staff, wholesaler, Money.of("500.00"), Optional.empty());
        f.payments.chargeCredit(staff, wholesaler, "SO-1", Money.of("100.00"), "c1");

        CreditStatement statement = statements.statement(staff, wholesaler, Optional.empty(), Optional.empty());

        assertThat(statement.period()).isEqualTo(new StatementPeriod(LocalDate.parse("2026-05-01"),
                LocalDate.parse("2026-05-20")));
        assertThat(statement.closingOwed()).isEqualTo(Money.of("100.00"));
        assertThat(statement.creditAvailable()).isEqualTo(Money.of("400.00"));
    }

    @Test
    void repayments_cannot_exceed_the_credit_in_use_and_only_staff_record_them() {
        CustomerId wholesaler = f.newCustomer();
        f.wallets.setCreditLimit(staff, wholesaler, Money.of("500.00"), Optional.empty());
        f.payments.chargeCredit(staff, wholesaler, "SO-1", Money.of("100.00"), "c1");

        assertThatThrownBy(() -> f.payments.repayCredit(staff, wholesaler,
                new CreditRepayment(Money.of("100.01"), RepaymentMethod.CASH, Optional.empty()), "r1"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_REPAYMENT_EXCEEDS_CREDIT_IN_USE);
        assertThatThrownBy(() -> f.payments.repayCredit(staff, wholesaler,
                new CreditRepayment(Money.of("1.00"), null, Optional.empty()), "r2"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_REPAYMENT_METHOD_INVALID);
        WalletOperation once = f.payments.repayCredit(staff, wholesaler,
                new CreditRepayment(Money.of("100.00"), RepaymentMethod.CASH, Optional.empty()), "r3");
        WalletOperation again = f.payments.repayCredit(staff, wholesaler,
                new CreditRepayment(Money.of("100.00"), RepaymentMethod.CASH, Optional.empty()), "r3");
        assertThat(again.replayed()).isTrue();
        assertThat(again.wallet().creditInUse()).isEqualTo(Money.zero());
        assertThat(once.entries()).hasSize(1);
    }

    @Test
    void a_period_must_be_ordered_and_at_most_366_days() {
        CustomerId wholesaler = f.newCustomer();
        assertThatThrownBy(() -> statements.statement(staff, wholesaler, Optional.of(LocalDate.parse("2026-06-02")),
                Optional.of(LocalDate.parse("2026-06-01"))))
                .extracting("code").isEqualTo(ErrorCode.WALLET_STATEMENT_PERIOD_INVALID);
        assertThatThrownBy(() -> statements.statement(staff, wholesaler, Optional.of(LocalDate.parse("2025-01-01")),
                Optional.of(LocalDate.parse("2026-01-02"))))
                .extracting("code").isEqualTo(ErrorCode.WALLET_STATEMENT_PERIOD_INVALID);
        assertThat(statements.statement(staff, wholesaler, Optional.of(LocalDate.parse("2025-01-01")),
                Optional.of(LocalDate.parse("2026-01-01"))).lines()).isEmpty();
        assertThatThrownBy(() -> statements.statement(Actor.system(WalletFixture.OTHER_SHOP, "x"), wholesaler,
                Optional.empty(), Optional.empty())).extracting("code").isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
    }
}
