package dev.zhanggui.wallet;

import dev.zhanggui.shared.inmemory.ManualClock;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Points;
import dev.zhanggui.wallet.inmemory.InMemoryPointsExpiryQueue;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** 积分年底清零: points held when the year began (Shanghai) and not spent since expire, once a year. */
class PointsExpiryScenarioTest {
    private final WalletFixture f = new WalletFixture();
    private final ManualClock clock = ManualClock.at(Instant.parse("2025-06-01T00:00:00Z"));
    private final WalletPaymentService points = new WalletPaymentService(f.walletRepository, f.customerRepository,
            f.customers, f.policy, f.transactions, f.ids, clock);
    private final PointsExpiry expiry = new PointsExpiry(new InMemoryPointsExpiryQueue(f.walletRepository),
            f.walletRepository, f.customerRepository, MerchantCalendar.CHINA, f.transactions, f.ids, clock);
    private int keys;

    private void earn(CustomerId customer, long amount, String at) {
        clock.set(Instant.parse(at));
        points.earnPoints(f.staff, customer, Points.of(amount), LedgerReason.PURCHASE_REWARD, Cause.order("o"),
                "earn-" + ++keys);
    }

    private void spend(CustomerId customer, long amount, String at) {
        clock.set(Instant.parse(at));
        points.spendPoints(f.staff, customer, Points.of(amount), LedgerReason.POINTS_REDEMPTION, Cause.order("o"),
                "spend-" + ++keys);
    }

    private long pointsOf(CustomerId customer) {
        return f.wallets.wallet(f.staff, customer).points().value();
    }

    @Test
    void points_from_last_year_not_spent_since_expire_once_and_this_years_stay() {
        CustomerId zhang = f.newCustomer();
        CustomerId li = f.newCustomer();
        earn(zhang, 100, "2025-06-01T00:00:00Z");
        earn(li, 40, "2025-12-31T17:00:00Z"); // 01:00 on 1 January 2026 in Shanghai: this year's
        spend(zhang, 30, "2026-01-05T00:00:00Z");
        earn(zhang, 50, "2026-02-01T00:00:00Z");
        clock.set(Instant.parse("2026-03-01T00:00:00Z"));

        int changed = expiry.expireDue(WalletFixture.SHOP, 1);

        assertThat(changed).isEqualTo(1);
        assertThat(pointsOf(zhang)).isEqualTo(50);
        assertThat(pointsOf(li)).isEqualTo(40);
        List<LedgerEntry> expired = f.walletRepository.operation(WalletFixture.SHOP,
                f.wallets.wallet(f.staff, zhang).id(), "points-expiry:2026");
        assertThat(expired).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(LedgerReason.EXPIRY);
            assertThat(e.amount()).isEqualTo(-70);
        });
        assertThat(expiry.expireDue(WalletFixture.SHOP, 10)).isZero();
        assertThat(pointsOf(zhang)).isEqualTo(50);
        assertThat(f.reconciliation.reconcile(f.staff).balanced()).isTrue();
    }

    @Test
    void spending_everything_since_the_year_began_leaves_nothing_to_expire() {
        CustomerId zhang = f.newCustomer();
        earn(zhang, 100, "2025-06-01T00:00:00Z");
        spend(zhang, 100, "2026-01-02T00:00:00Z");
        earn(zhang, 10, "2026-01-03T00:00:00Z");
        clock.set(Instant.parse("2026-01-04T00:00:00Z"));

        assertThat(expiry.expireDue(WalletFixture.SHOP, 10)).isZero();
        assertThat(pointsOf(zhang)).isEqualTo(10);
    }
}
