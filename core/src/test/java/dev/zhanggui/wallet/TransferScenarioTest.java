package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 余额转让: principal from one customer to another of the same merchant, once per key, if allowed. */
class TransferScenarioTest {
    private final WalletFixture f = new WalletFixture();
    private final WalletTransferService transfers = new WalletTransferService(f.walletRepository,
            f.customerRepository, f.customers, new DefaultPhoneNumberPolicy(),
            merchant -> merchant.equals(WalletFixture.SHOP), f.transactions, f.ids, f.clock);
    private final Actor zhang = Actor.customer(WalletFixture.SHOP, "zhang", "13800004444");
    private final CustomerId zhangId = f.customers.me(zhang).id();
    private final CustomerId li = f.customer("13800003333");

    private void topUp(String principal, String bonus) {
        f.wallets.credit(f.staff, zhangId, new WalletCredit(LedgerReason.TOPUP, Money.of(principal), Money.of(bonus),
                Optional.empty(), Optional.empty()), "topup-" + principal);
    }

    @Test
    void principal_moves_to_the_recipient_once_per_key() {
        topUp("100.00", "20.00");

        WalletTransfer done = transfers.transfer(zhang, "13800003333", Money.of("60.00"), "t-1");
        transfers.transfer(zhang, "13800003333", Money.of("60.00"), "t-1");

        assertThat(done.sent().entries()).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(LedgerReason.TRANSFER_OUT);
            assertThat(e.subBalance()).contains(SubBalance.PRINCIPAL);
        });
        assertThat(f.wallets.myWallet(zhang).principal()).isEqualTo(Money.of("40.00"));
        assertThat(f.wallets.myWallet(zhang).bonus()).isEqualTo(Money.of("20.00"));
        assertThat(f.wallets.wallet(f.staff, li).principal()).isEqualTo(Money.of("60.00"));
        assertThat(f.reconciliation.reconcile(f.staff).balanced()).isTrue();
    }

    @Test
    void bonus_is_not_transferable_and_frozen_senders_cannot_transfer() {
        topUp("10.00", "50.00");

        assertThatThrownBy(() -> transfers.transfer(zhang, "13800003333", Money.of("10.01"), "t-2"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_INSUFFICIENT_BALANCE);
        f.wallets.freeze(f.staff, li);
        transfers.transfer(zhang, "13800003333", Money.of("5.00"), "t-3");
        assertThat(f.wallets.wallet(f.staff, li).principal()).isEqualTo(Money.of("5.00"));
        f.wallets.freeze(f.staff, zhangId);
        assertThatThrownBy(() -> transfers.transfer(zhang, "13800003333", Money.of("1.00"), "t-4"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_FROZEN);
    }

    @Test
    void recipients_must_be_other_customers_and_the_merchant_must_allow_it() {
        topUp("10.00", "0.00");

        assertThatThrownBy(() -> transfers.transfer(zhang, "13800004444", Money.of("1.00"), "t-5"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_TRANSFER_RECIPIENT_INVALID);
        assertThatThrownBy(() -> transfers.transfer(zhang, "13900009999", Money.of("1.00"), "t-6"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_TRANSFER_RECIPIENT_INVALID);
        assertThatThrownBy(() -> transfers.transfer(f.staff, "13800003333", Money.of("1.00"), "t-7"))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        Actor elsewhere = Actor.customer(WalletFixture.OTHER_SHOP, "wang", "13800002222");
        assertThatThrownBy(() -> transfers.transfer(elsewhere, "13800003333", Money.of("1.00"), "t-8"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_TRANSFER_DISABLED);
    }
}
