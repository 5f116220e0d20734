package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.inmemory.InMemoryWalletSettingsRepository;
import dev.zhanggui.wallet.inmemory.InMemoryWithdrawalRepository;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Use case: a merchant's admin turns on balance transfers (余额转让) and points expiry, and raises
 * the smallest withdrawal (提现) to 10.00; until then the configured defaults apply.
 */
class WalletSettingsScenarioTest {
    private final WalletFixture f = new WalletFixture();
    private final Actor admin = Actor.admin(WalletFixture.SHOP, "admin-1");
    private final MerchantWalletSettings defaults = new MerchantWalletSettings(Money.of("1.00"), false, false, 0);
    private final WalletSettingsService settings = new WalletSettingsService(new InMemoryWalletSettingsRepository(),
            merchant -> defaults, f.transactions);
    private final WithdrawalService withdrawals = new WithdrawalService(new InMemoryWithdrawalRepository(),
            f.walletRepository, f.customerRepository, f.customers,
            merchant -> settings.of(merchant).withdrawal(), f.transactions, f.ids, f.clock);

    @Test
    void an_admin_changes_the_settings_with_the_version_read_and_they_apply_per_merchant() {
        assertThat(settings.settings(admin)).isEqualTo(defaults);

        MerchantWalletSettings changed = settings.update(admin, new WalletSettingsChange(
                Optional.of(Money.of("10.00")), Optional.of(true), Optional.empty()), Optional.of(0L));

        assertThat(changed).isEqualTo(new MerchantWalletSettings(Money.of("10.00"), true, false, 1));
        assertThat(settings.transferPermission().enabled(WalletFixture.SHOP)).isTrue();
        assertThat(settings.transferPermission().enabled(WalletFixture.OTHER_SHOP)).isFalse();
        assertThatThrownBy(() -> settings.update(admin, new WalletSettingsChange(null, Optional.of(false), null),
                Optional.of(0L))).extracting("code").isEqualTo(ErrorCode.VERSION_MISMATCH);
        MerchantWalletSettings expiring = settings.update(admin,
                new WalletSettingsChange(null, null, Optional.of(true)), Optional.empty());
        assertThat(expiring.version()).isEqualTo(2);
        assertThat(expiring.transfersEnabled()).isTrue();
        assertThat(settings.merchantsWithPointsExpiry(List.of(WalletFixture.OTHER_SHOP)))
                .containsExactly(WalletFixture.SHOP);
    }

    @Test
    void the_withdrawal_minimum_is_the_merchants_own() {
        Actor zhang = Actor.customer(WalletFixture.SHOP, "zhang", "13800006666");
        CustomerId zhangId = f.customers.me(zhang).id();
        f.wallets.credit(f.staff, zhangId, new WalletCredit(LedgerReason.TOPUP, Money.of("100.00"), Money.zero(),
                Optional.empty(), Optional.empty()), "topup");
        assertThat(withdrawals.request(zhang, Money.of("5.00")).amount()).isEqualTo(Money.of("5.00"));

        settings.update(admin, new WalletSettingsChange(Optional.of(Money.of("10.00")), null, null), Optional.empty());

        assertThatThrownBy(() -> withdrawals.request(zhang, Money.of("9.99")))
                .extracting("code").isEqualTo(ErrorCode.WITHDRAWAL_BELOW_MINIMUM);
        assertThat(withdrawals.request(zhang, Money.of("10.00")).amount()).isEqualTo(Money.of("10.00"));
    }

    @Test
    void only_admins_change_valid_settings() {
        assertThatThrownBy(() -> settings.settings(f.staff)).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> settings.update(f.staff, new WalletSettingsChange(null, Optional.of(true), null),
                Optional.empty())).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        for (String minimum : List.of("0.99", "100000.01")) {
            assertThatThrownBy(() -> settings.update(admin, new WalletSettingsChange(Optional.of(Money.of(minimum)),
                    null, null), Optional.empty())).extracting("code").isEqualTo(ErrorCode.WALLET_SETTINGS_INVALID);
        }
        assertThat(settings.of(MerchantId.of("shop")).version()).isZero();
    }
}
