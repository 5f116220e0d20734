package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.NewCustomer;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.Cause;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.MerchantCalendar;
import dev.zhanggui.wallet.PointsExpiry;
import dev.zhanggui.wallet.WalletPaymentService;
import dev.zhanggui.wallet.WalletRepository;
import dev.zhanggui.wallet.WalletService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The expiry job's queries on PostgreSQL: run as if it were next year, so that every point of a
 * fresh customer of merchant acme is last year's; two runs at once expire each wallet once.
 */
@QuarkusTest
class PointsExpiryJobTest {
    static final MerchantId ACME = MerchantId.of("acme");

    @Inject
    JdbcStatements sql;
    @Inject
    WalletRepository wallets;
    @Inject
    CustomerRepository customerRepository;
    @Inject
    CustomerService customers;
    @Inject
    WalletPaymentService payments;
    @Inject
    WalletService walletService;
    @Inject
    Transactions transactions;
    @Inject
    IdGenerator ids;

    @Test
    void two_runs_at_once_expire_every_due_wallet_once() throws Exception {
        Actor staff = Actor.admin(ACME, "expiry-test");
        List<CustomerId> fresh = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CustomerId id = customers.create(staff, new NewCustomer(Api.randomPhone(), null, null, List.of())).id();
            payments.earnPoints(staff, id, Points.of(100 + i), LedgerReason.PURCHASE_REWARD, Cause.order("o-" + i),
                    "earn-" + UUID.randomUUID());
            fresh.add(id);
        }
        Clock nextYear = Clock.fixed(Instant.now().atOffset(ZoneOffset.UTC).plusYears(1).withDayOfYear(60).toInstant(),
                ZoneOffset.UTC);
        PointsExpiry expiry = new PointsExpiry(new JdbcPointsExpiryQueue(sql), wallets, customerRepository,
                MerchantCalendar.CHINA, transactions, ids, nextYear);

        List<Integer> changed = ParallelCalls.fire(2, () -> expiry.expireDue(ACME, 2));

        for (CustomerId id : fresh) {
            assertThat(walletService.wallet(staff, id).points().value()).isZero();
        }
        assertThat(changed.stream().mapToInt(Integer::intValue).sum()).isGreaterThanOrEqualTo(fresh.size());
        assertThat(expiry.expireDue(ACME, 2)).isZero();
        assertThat(walletService.entries(staff, fresh.getFirst(), new dev.zhanggui.wallet.LedgerFilter(
                java.util.Optional.empty(), java.util.Optional.of(LedgerReason.EXPIRY), java.util.Optional.empty(),
                java.util.Optional.empty()), dev.zhanggui.shared.PageRequest.of(10, null)).items())
                .singleElement().satisfies(e -> assertThat(e.amount()).isEqualTo(-100));
    }
}
