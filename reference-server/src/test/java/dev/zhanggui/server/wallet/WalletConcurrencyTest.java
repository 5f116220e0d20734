package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.LedgerEntry;
import dev.zhanggui.wallet.LedgerFilter;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.ReconciliationReport;
import dev.zhanggui.wallet.WalletCredit;
import dev.zhanggui.wallet.WalletDebit;
import dev.zhanggui.wallet.WalletOperation;
import dev.zhanggui.wallet.WalletReconciliation;
import dev.zhanggui.wallet.WalletService;
import dev.zhanggui.shared.PageRequest;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 100 debits against one wallet at the same moment, from two server instances: half over HTTP to
 * the Quarkus application (its pool, its JTA transactions), half through {@link SecondServerInstance}, an
 * independent pool running the same adapter. The balance ends exactly right, exactly
 * floor(balance / amount) succeed, nobody deadlocks, and reconciliation finds no drift.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalletConcurrencyTest {
    private static final MerchantId DEMO = MerchantId.of("demo");
    private final Actor staff = Actor.staff(DEMO, "concurrency-test");

    @Inject
    WalletService wallets;

    @Inject
    WalletReconciliation reconciliation;

    private SecondServerInstance second;

    @BeforeAll
    void startSecondInstance() throws Exception {
        second = new SecondServerInstance(16);
    }

    @AfterAll
    void stopSecondInstance() {
        second.close();
    }

    private CustomerId newCustomerWith(String balance) {
        CustomerId customer = CustomerId.parse(Api.createCustomer(Api.randomPhone()));
        wallets.credit(staff, customer, new WalletCredit(LedgerReason.DEPOSIT_CONFIRMED, Money.of(balance), null,
                Optional.of("预存款"), Optional.empty()), "deposit-" + customer);
        return customer;
    }

    @Test
    void a_hundred_parallel_debits_from_two_instances_leave_exactly_the_right_balance() throws Exception {
        CustomerId customer = newCustomerWith("1000.00");
        Money amount = Money.of("13.00");
        // floor(1000.00 / 13.00) = 76 succeed; 1000.00 - 76 * 13.00 = 12.00 is left.
        long started = System.nanoTime();
        List<String> outcomes = ParallelCalls.atOnce(100, i -> () -> {
            if (i % 2 == 0) {
                // instance A: the Quarkus application, over HTTP
                var answer = Api.asStaff().header("Idempotency-Key", "race-" + i)
                        .body(WalletRestTest.debit(amount.toString(), "划卡 " + i))
                        .post(WalletRestTest.wallet(customer.toString()) + "/debits");
                return "A:" + (answer.statusCode() == 201 ? "OK" : answer.statusCode() + " " + answer.path("code"));
            }
            try {
                second.wallets.debit(staff, customer, new WalletDebit(LedgerReason.STAFF_DEBIT, amount,
                        Optional.of("划卡 " + i), null), "race-" + i);
                return "B:OK";
            } catch (DomainException e) {
                return "B:" + e.code();
            }
        });
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(outcomes).filteredOn(o -> o.endsWith(":OK")).hasSize(76);
        assertThat(outcomes).filteredOn(o -> !o.endsWith(":OK"))
                .allMatch(o -> o.equals("A:422 " + ErrorCode.WALLET_INSUFFICIENT_BALANCE)
                        || o.equals("B:" + ErrorCode.WALLET_INSUFFICIENT_BALANCE));
        // 50 calls per instance and only 24 failures in all: both instances wrote to the wallet.
        assertThat(outcomes).filteredOn(o -> o.equals("A:OK")).hasSizeGreaterThanOrEqualTo(26);
        assertThat(outcomes).filteredOn(o -> o.equals("B:OK")).hasSizeGreaterThanOrEqualTo(26);
        assertThat(wallets.wallet(staff, customer).balance()).isEqualTo(Money.of("12.00"));
        assertThat(second.wallets.wallet(staff, customer).balance()).isEqualTo(Money.of("12.00"));

        List<LedgerEntry> debits = wallets.entries(staff, customer,
                new LedgerFilter(null, Optional.of(LedgerReason.STAFF_DEBIT), null, null),
                PageRequest.first(100)).items();
        assertThat(debits).hasSize(76);
        assertThat(debits).extracting(LedgerEntry::balanceAfter).doesNotHaveDuplicates()
                .allMatch(after -> after >= 1200);
        ReconciliationReport report = reconciliation.reconcile(staff);
        assertThat(report.drifts()).isEmpty();
        assertThat(report.walletsChecked()).isPositive();
        assertThat(second.reconciliation.reconcile(staff).drifts()).isEmpty();
        System.out.printf("wallet race: 100 debits on one wallet from two instances in %d ms%n", millis);
    }

    @Test
    void the_same_operation_key_sent_to_both_instances_at_once_is_applied_once() throws Exception {
        CustomerId customer = newCustomerWith("100.00");

        List<WalletOperation> answers = ParallelCalls.atOnce(20, i -> () ->
                (i % 2 == 0 ? wallets : second.wallets).credit(staff, customer, new WalletCredit(LedgerReason.TOPUP,
                        Money.of("200.00"), Money.of("30.00"), Optional.of("回调"), null), "callback-7"));

        assertThat(answers).filteredOn(a -> !a.replayed()).hasSize(1);
        assertThat(answers).allSatisfy(a -> assertThat(a.entries()).hasSize(2));
        assertThat(wallets.wallet(staff, customer).balance()).isEqualTo(Money.of("330.00"));
    }

    @Test
    void entries_cannot_be_updated_or_deleted_in_the_database() {
        CustomerId customer = newCustomerWith("10.00");
        String error = second.withConnection(c -> {
            try (var s = c.createStatement()) {
                s.executeUpdate("update wallet_entry set amount = 1 where customer_id = '" + customer + "'");
                return "updated";
            } catch (java.sql.SQLException e) {
                return e.getMessage();
            }
        });
        assertThat(error).contains("append-only");
    }
}
