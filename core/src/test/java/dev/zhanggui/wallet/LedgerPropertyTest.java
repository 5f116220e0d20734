package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Random sequences of wallet operations (seeded, so a failure can be replayed) keep every
 * account equal to the sum of its entries and never below zero, whatever is refused on the way.
 */
class LedgerPropertyTest {
    private static final int SEEDS = 30;
    private static final int STEPS = 300;

    @Test
    void random_operations_keep_the_ledger_and_the_balances_in_step() {
        for (long seed = 1; seed <= SEEDS; seed++) {
            run(seed);
        }
    }

    private void run(long seed) {
        Random random = new Random(seed);
        WalletFixture f = new WalletFixture();
        List<CustomerId> customers = List.of(f.newCustomer(), f.newCustomer(), f.newCustomer());
        List<String> payments = new ArrayList<>();
        int applied = 0;
        for (int step = 0; step < STEPS; step++) {
            CustomerId who = customers.get(random.nextInt(customers.size()));
            Money amount = Money.ofMinor(1 + random.nextInt(30_000));
            String key = "op-" + step;
            try {
                switch (random.nextInt(10)) {
                    case 0, 1 -> f.wallets.credit(f.staff, who, new WalletCredit(LedgerReason.TOPUP, amount,
                            Money.ofMinor(random.nextInt(3) * 1000L), null, null), key);
                    case 2, 3 -> {
                        f.payments.pay(f.staff, who, "SO-" + step, amount, key);
                        payments.add(who + "|" + key);
                    }
                    case 4 -> {
                        if (!payments.isEmpty()) {
                            String[] paid = payments.get(random.nextInt(payments.size())).split("\\|");
                            f.payments.refund(f.staff, CustomerId.parse(paid[0]), paid[1], "RF-" + step,
                                    Money.ofMinor(1 + random.nextInt(20_000)), key);
                        }
                    }
                    case 5 -> f.wallets.debit(f.staff, who, new WalletDebit(LedgerReason.STAFF_DEBIT, amount,
                            Optional.of("划卡"), null), key);
                    case 6 -> f.payments.earnPoints(f.staff, who, Points.of(1 + random.nextInt(50)),
                            LedgerReason.SIGN_IN, Cause.rule("sign-in"), key);
                    case 7 -> f.payments.spendPoints(f.staff, who, Points.of(1 + random.nextInt(80)),
                            LedgerReason.POINTS_REDEMPTION, Cause.order("SO-" + step), key);
                    case 8 -> {
                        if (random.nextBoolean()) {
                            f.wallets.setCreditLimit(f.staff, who, Money.ofMinor(random.nextInt(100_000)),
                                    Optional.empty());
                        } else {
                            f.payments.chargeCredit(f.staff, who, "SO-" + step, amount, key);
                        }
                    }
                    default -> {
                        if (random.nextBoolean()) {
                            f.payments.repayCredit(f.staff, who, new CreditRepayment(amount, RepaymentMethod.CASH, null), key);
                        } else if (random.nextInt(4) == 0) {
                            f.wallets.freeze(f.staff, who);
                        } else {
                            f.wallets.unfreeze(f.staff, who);
                        }
                    }
                }
                applied++;
                if (random.nextInt(8) == 0) {
                    // A repeated call with the same key changes nothing.
                    Wallet before = f.wallets.wallet(f.staff, who);
                    f.wallets.credit(f.staff, who, new WalletCredit(LedgerReason.STAFF_CREDIT, Money.ofMinor(100),
                            null, null, null), "repeat-" + step);
                    f.wallets.credit(f.staff, who, new WalletCredit(LedgerReason.STAFF_CREDIT, Money.ofMinor(100),
                            null, null, null), "repeat-" + step);
                    assertThat(f.wallets.wallet(f.staff, who).balance())
                            .isEqualTo(before.balance().plus(Money.ofMinor(100)));
                }
            } catch (DomainException refused) {
                // refused operations are part of the property: they must leave nothing behind
            }
            for (CustomerId c : customers) {
                Wallet wallet = f.wallets.wallet(f.staff, c);
                assertThat(wallet.principal().isNegative() || wallet.bonus().isNegative()
                        || wallet.points().isNegative()).as("seed %d step %d", seed, step).isFalse();
                assertThat(wallet.creditInUse()).as("seed %d step %d", seed, step)
                        .isLessThanOrEqualTo(wallet.creditLimit());
            }
        }
        ReconciliationReport report = f.reconciliation.reconcile(f.staff);
        assertThat(report.drifts()).as("seed %d", seed).isEmpty();
        assertThat(applied).as("seed %d applied some operations", seed).isGreaterThan(STEPS / 4);
        for (CustomerId c : customers) {
            Wallet wallet = f.wallets.wallet(f.staff, c);
            long sum = sumOfEntries(f, c, Asset.BALANCE);
            assertThat(Money.ofMinor(sum)).as("seed %d", seed).isEqualTo(wallet.balance());
            assertThat(sumOfEntries(f, c, Asset.POINTS)).isEqualTo(wallet.points().value());
        }
    }

    private static long sumOfEntries(WalletFixture f, CustomerId customer, Asset asset) {
        long sum = 0;
        var filter = new LedgerFilter(Optional.of(asset), null, null, null);
        var page = f.wallets.entries(f.staff, customer, filter, PageRequest.first(100));
        while (true) {
            sum += page.items().stream().mapToLong(LedgerEntry::amount).sum();
            if (page.next().isEmpty()) {
                return sum;
            }
            page = f.wallets.entries(f.staff, customer, filter, new PageRequest(100, page.next()));
        }
    }
}
