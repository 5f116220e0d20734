package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.LedgerReason;
import dev.zhanggui.wallet.WalletCredit;
import dev.zhanggui.wallet.WalletDebit;
import dev.zhanggui.wallet.WalletService;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a regular test (run with {@code -Dzhanggui.bench=true}): wallet debits per
 * second on one hot wallet and spread over 1,000 wallets, through the Quarkus application's
 * service (JTA, its pool) and through a plain JDBC instance of the same adapter. Each debit is
 * one unit of work: lock the wallet row, check the operation key, update the row, insert the entry.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@EnabledIfSystemProperty(named = "zhanggui.bench", matches = "true")
class WalletBenchmarkTest {
    private static final MerchantId DEMO = MerchantId.of("demo");
    private static final int THREADS = 16;
    private static final int DEBITS = 3_000;
    private final Actor staff = Actor.staff(DEMO, "bench");

    @Inject
    WalletService quarkusWallets;

    private SecondServerInstance plain;

    @BeforeAll
    void start() throws Exception {
        plain = new SecondServerInstance(THREADS);
    }

    @AfterAll
    void stop() {
        plain.close();
    }

    @Test
    void debits_per_second_on_one_hot_wallet_and_on_a_thousand_wallets() throws Exception {
        for (String path : List.of("quarkus", "plain-jdbc")) {
            WalletService wallets = path.equals("quarkus") ? quarkusWallets : plain.wallets;
            List<CustomerId> one = customers(1);
            fund(wallets, one, "100000.00");
            double hot = debitsPerSecond(wallets, one, path + "-hot");
            assertThat(wallets.wallet(staff, one.getFirst()).balance())
                    .isEqualTo(Money.of("100000.00").minus(Money.of("0.01").times(DEBITS)));

            List<CustomerId> many = customers(1_000);
            fund(wallets, many, "100.00");
            double spread = debitsPerSecond(wallets, many, path + "-spread");
            System.out.printf("wallet benchmark [%s]: one hot wallet %.0f debits/s; 1,000 wallets %.0f debits/s"
                    + " (%d debits, %d threads)%n", path, hot, spread, DEBITS, THREADS);
        }
        assertThat(plain.reconciliation.reconcile(staff).drifts()).isEmpty();
    }

    private double debitsPerSecond(WalletService wallets, List<CustomerId> customers, String run) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        try {
            long started = System.nanoTime();
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                futures.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < DEBITS; i = next.getAndIncrement()) {
                        CustomerId who = customers.get(ThreadLocalRandom.current().nextInt(customers.size()));
                        wallets.debit(staff, who, new WalletDebit(LedgerReason.STAFF_DEBIT, Money.of("0.01"),
                                Optional.empty(), null), run + "-" + i);
                    }
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
            return DEBITS / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }

    private void fund(WalletService wallets, List<CustomerId> customers, String amount) {
        customers.forEach(c -> wallets.credit(staff, c, new WalletCredit(LedgerReason.DEPOSIT_CONFIRMED,
                Money.of(amount), null, null, null), "fund-" + c));
    }

    /** Customers of merchant demo inserted in one go (phones 136..., which no other test uses). */
    private List<CustomerId> customers(int count) {
        return plain.withConnection(c -> {
            List<CustomerId> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("""
                    insert into customer (id, merchant_id, phone, origin, registered_at, updated_at, version,
                        invite_code) values (?, 'demo', ?, 'CREATED_BY_STAFF', ?, ?, 0, ?)""")) {
                OffsetDateTime now = OffsetDateTime.now();
                for (int i = 0; i < count; i++) {
                    UUID id = UUID.randomUUID();
                    s.setObject(1, id);
                    s.setString(2, "136" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000)));
                    s.setObject(3, now);
                    s.setObject(4, now);
                    // invite codes are required since V15; a random id's first 12 hex digits never collide here
                    s.setString(5, "B" + id.toString().replace("-", "").substring(0, 12).toUpperCase());
                    s.addBatch();
                    ids.add(new CustomerId(id));
                }
                s.executeBatch();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return ids;
        });
    }
}
