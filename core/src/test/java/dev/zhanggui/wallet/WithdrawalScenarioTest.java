package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.wallet.inmemory.InMemoryWithdrawalRepository;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 提现: only principal, held on request, released on rejection, paid out after approval. */
class WithdrawalScenarioTest {
    private final WalletFixture f = new WalletFixture();
    private final WithdrawalService withdrawals = new WithdrawalService(new InMemoryWithdrawalRepository(),
            f.walletRepository, f.customerRepository, f.customers, WithdrawalSettings.DEFAULTS, f.transactions, f.ids,
            f.clock);
    private final Actor zhang = Actor.customer(WalletFixture.SHOP, "zhang", "13800006666");
    private final CustomerId zhangId = f.customers.me(zhang).id();

    private void topUp(String principal, String bonus) {
        f.wallets.credit(f.staff, zhangId, new WalletCredit(LedgerReason.TOPUP, Money.of(principal), Money.of(bonus),
                Optional.empty(), Optional.empty()), "topup-" + principal + "-" + bonus);
    }

    private Wallet wallet() {
        return f.wallets.myWallet(zhang);
    }

    @Test
    void a_withdrawal_holds_principal_and_is_paid_out_after_approval() {
        topUp("200.00", "30.00");

        Withdrawal requested = withdrawals.request(zhang, Money.of("150.00"));

        assertThat(requested.status()).isEqualTo(WithdrawalStatus.REQUESTED);
        assertThat(wallet().principal()).isEqualTo(Money.of("50.00"));
        assertThat(wallet().bonus()).isEqualTo(Money.of("30.00"));
        Withdrawal approved = withdrawals.approve(f.staff, requested.id());
        assertThat(approved.status()).isEqualTo(WithdrawalStatus.APPROVED);
        Withdrawal paid = withdrawals.markPaid(f.staff, requested.id(), Optional.of("BANK-20260608-001"));
        assertThat(paid.status()).isEqualTo(WithdrawalStatus.PAID);
        assertThat(paid.note()).contains("BANK-20260608-001");
        assertThat(wallet().balance()).isEqualTo(Money.of("80.00"));
        assertThat(f.reconciliation.reconcile(f.staff).balanced()).isTrue();
    }

    @Test
    void a_rejection_releases_the_hold_to_principal_linked_to_it() {
        topUp("100.00", "0.00");
        Withdrawal requested = withdrawals.request(zhang, Money.of("60.00"));

        Withdrawal rejected = withdrawals.reject(f.staff, requested.id(), Optional.of("银行卡信息有误"));

        assertThat(rejected.status()).isEqualTo(WithdrawalStatus.REJECTED);
        assertThat(wallet().principal()).isEqualTo(Money.of("100.00"));
        List<LedgerEntry> release = f.walletRepository.operation(WalletFixture.SHOP, wallet().id(),
                "withdrawal-release:" + requested.id());
        assertThat(release).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(LedgerReason.WITHDRAWAL_RELEASE);
            assertThat(e.corrects()).contains(requested.holdEntry());
        });
        assertThatThrownBy(() -> withdrawals.reject(f.staff, requested.id(), Optional.of("again")))
                .extracting("code").isEqualTo(ErrorCode.WITHDRAWAL_INVALID_TRANSITION);
        assertThat(wallet().principal()).isEqualTo(Money.of("100.00"));
    }

    @Test
    void only_principal_can_be_withdrawn_and_not_below_the_minimum() {
        topUp("10.00", "50.00");

        assertThatThrownBy(() -> withdrawals.request(zhang, Money.of("10.01"))).extracting("code")
                .isEqualTo(ErrorCode.WALLET_INSUFFICIENT_BALANCE);
        assertThatThrownBy(() -> withdrawals.request(zhang, Money.of("0.99"))).extracting("code")
                .isEqualTo(ErrorCode.WITHDRAWAL_BELOW_MINIMUM);
        assertThat(withdrawals.request(zhang, Money.of("10.00")).amount()).isEqualTo(Money.of("10.00"));
        assertThat(wallet().principal()).isEqualTo(Money.zero());
        WithdrawalService stricter = new WithdrawalService(new InMemoryWithdrawalRepository(), f.walletRepository,
                f.customerRepository, f.customers, new WithdrawalSettings(Money.of("100.00")), f.transactions, f.ids,
                f.clock);
        assertThatThrownBy(() -> stricter.request(zhang, Money.of("99.99"))).extracting("code")
                .isEqualTo(ErrorCode.WITHDRAWAL_BELOW_MINIMUM);
    }

    @Test
    void the_transition_table_vetoes_with_typed_reasons() {
        topUp("100.00", "0.00");
        Withdrawal w = withdrawals.request(zhang, Money.of("20.00"));

        assertThatThrownBy(() -> withdrawals.markPaid(f.staff, w.id(), Optional.of("ref"))).extracting("code")
                .isEqualTo(ErrorCode.WITHDRAWAL_INVALID_TRANSITION);
        assertThatThrownBy(() -> withdrawals.reject(f.staff, w.id(), Optional.of("  "))).extracting("code")
                .isEqualTo(ErrorCode.WITHDRAWAL_REASON_REQUIRED);
        withdrawals.approve(f.staff, w.id());
        assertThatThrownBy(() -> withdrawals.approve(f.staff, w.id())).extracting("code")
                .isEqualTo(ErrorCode.WITHDRAWAL_INVALID_TRANSITION);
        assertThatThrownBy(() -> withdrawals.markPaid(f.staff, w.id(), Optional.empty())).extracting("code")
                .isEqualTo(ErrorCode.WITHDRAWAL_PAYOUT_REFERENCE_REQUIRED);
        assertThat(WithdrawalTransitions.actionsFrom(WithdrawalStatus.APPROVED))
                .containsExactly(WithdrawalTransitions.Action.REJECT, WithdrawalTransitions.Action.PAY);
        assertThat(WithdrawalTransitions.actionsFrom(WithdrawalStatus.PAID)).isEmpty();
        // Rejected after approval (the transfer bounced): the hold still comes back.
        withdrawals.reject(f.staff, w.id(), Optional.of("退票"));
        assertThat(wallet().principal()).isEqualTo(Money.of("100.00"));
    }

    @Test
    void customers_request_and_see_their_own_staff_decide() {
        topUp("100.00", "0.00");
        Withdrawal w = withdrawals.request(zhang, Money.of("5.00"));
        Actor li = Actor.customer(WalletFixture.SHOP, "li", "13800005555");

        assertThatThrownBy(() -> withdrawals.approve(zhang, w.id())).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> withdrawals.request(f.staff, Money.of("5.00"))).extracting("code")
                .isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> withdrawals.withdrawal(li, w.id())).extracting("code")
                .isEqualTo(ErrorCode.WITHDRAWAL_NOT_FOUND);
        assertThatThrownBy(() -> withdrawals.approve(Actor.staff(WalletFixture.OTHER_SHOP, "s"), w.id()))
                .extracting("code").isEqualTo(ErrorCode.WITHDRAWAL_NOT_FOUND);
        assertThat(withdrawals.myWithdrawals(zhang, PageRequest.of(10, null)).items()).extracting(Withdrawal::id)
                .containsExactly(w.id());
        assertThat(withdrawals.myWithdrawals(li, PageRequest.of(10, null)).items()).isEmpty();
        assertThat(withdrawals.withdrawals(f.staff, Optional.empty(), Optional.of(WithdrawalStatus.REQUESTED),
                PageRequest.of(10, null)).items()).extracting(Withdrawal::id).containsExactly(w.id());
    }

    @Test
    void a_frozen_wallet_cannot_request_a_withdrawal_but_a_rejection_still_returns_the_hold() {
        topUp("100.00", "0.00");
        Withdrawal w = withdrawals.request(zhang, Money.of("40.00"));
        f.wallets.freeze(f.staff, zhangId);

        assertThatThrownBy(() -> withdrawals.request(zhang, Money.of("10.00"))).extracting("code")
                .isEqualTo(ErrorCode.WALLET_FROZEN);
        withdrawals.reject(f.staff, w.id(), Optional.of("冻结账户"));
        assertThat(wallet().principal()).isEqualTo(Money.of("100.00"));
    }
}
