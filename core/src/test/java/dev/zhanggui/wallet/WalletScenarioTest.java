package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Stored value (储值) as the merchants run it: top up with a bonus, spend, refund, freeze, correct. */
class WalletScenarioTest {
    private final WalletFixture f = new WalletFixture();
    private final Actor staff = f.staff;

    private static Money yuan(String amount) {
        return Money.of(amount);
    }

    private WalletCredit topUp(String principal, String bonus) {
        return new WalletCredit(LedgerReason.TOPUP, yuan(principal), yuan(bonus), Optional.of("现金"), Optional.empty());
    }

    @Test
    void a_new_customer_has_an_empty_wallet_opened_at_first_read() {
        CustomerId zhang = f.newCustomer();

        Wallet wallet = f.wallets.wallet(staff, zhang);

        assertThat(wallet.balance()).isEqualTo(Money.zero());
        assertThat(wallet.points()).isEqualTo(Points.zero());
        assertThat(wallet.frozen()).isFalse();
        assertThat(f.wallets.wallet(staff, zhang).id()).isEqualTo(wallet.id());
    }

    @Test
    void an_unknown_customer_has_no_wallet() {
        assertThatThrownBy(() -> f.wallets.wallet(staff, new CustomerId(UUID.randomUUID()))).extracting("code")
                .isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
        CustomerId zhang = f.newCustomer();
        assertThatThrownBy(() -> f.wallets.wallet(Actor.staff(WalletFixture.OTHER_SHOP, "s"), zhang))
                .extracting("code").isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND);
    }

    @Test
    void a_face_to_face_top_up_of_200_with_30_bonus_gives_230_in_two_entries() {
        CustomerId zhang = f.newCustomer();

        WalletOperation done = f.wallets.credit(staff, zhang, topUp("200.00", "30.00"), "topup-1");

        assertThat(done.wallet().balance()).isEqualTo(yuan("230.00"));
        assertThat(done.wallet().principal()).isEqualTo(yuan("200.00"));
        assertThat(done.wallet().bonus()).isEqualTo(yuan("30.00"));
        assertThat(done.entries()).extracting(LedgerEntry::reason, LedgerEntry::amount, LedgerEntry::balanceAfter)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(LedgerReason.TOPUP, 20000L, 20000L),
                        org.assertj.core.groups.Tuple.tuple(LedgerReason.TOPUP_BONUS, 3000L, 3000L));
        assertThat(done.entries()).allSatisfy(e -> {
            assertThat(e.cause()).isEqualTo(Cause.staff("staff-1"));
            assertThat(e.note()).contains("现金");
            assertThat(e.actorKind()).isEqualTo(Actor.Kind.STAFF);
        });
    }

    @Test
    void a_repeated_operation_key_is_applied_once_and_a_reused_key_is_refused() {
        CustomerId zhang = f.newCustomer();
        WalletOperation first = f.wallets.credit(staff, zhang, topUp("100.00", "10.00"), "cb-42");

        WalletOperation again = f.wallets.credit(staff, zhang, topUp("100.00", "10.00"), "cb-42");

        assertThat(again.replayed()).isTrue();
        assertThat(again.entries()).isEqualTo(first.entries());
        assertThat(again.wallet().balance()).isEqualTo(yuan("110.00"));
        assertThatThrownBy(() -> f.wallets.credit(staff, zhang, topUp("50.00", "0"), "cb-42"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_OPERATION_KEY_REUSED);
    }

    @Test
    void a_confirmed_deposit_is_principal_only() {
        CustomerId li = f.newCustomer();
        WalletOperation done = f.wallets.credit(staff, li, new WalletCredit(LedgerReason.DEPOSIT_CONFIRMED,
                yuan("5000.00"), null, Optional.of("银行转账 0608"), Optional.empty()), "dep-1");

        assertThat(done.wallet().principal()).isEqualTo(yuan("5000.00"));
        assertThatThrownBy(() -> f.wallets.credit(staff, li, new WalletCredit(LedgerReason.DEPOSIT_CONFIRMED,
                yuan("1.00"), yuan("1.00"), null, null), "dep-2")).extracting("code")
                .isEqualTo(ErrorCode.WALLET_AMOUNT_INVALID);
    }

    @Test
    void paying_draws_principal_first_then_bonus_and_a_refund_returns_to_the_same_sub_balances() {
        CustomerId zhang = f.newCustomer();
        f.wallets.credit(staff, zhang, topUp("200.00", "30.00"), "topup");

        WalletOperation paid = f.payments.pay(staff, zhang, "SO-1", yuan("210.00"), "pay-SO-1");

        assertThat(paid.balanceMoved()).isEqualTo(new BalanceDraw(yuan("200.00"), yuan("10.00")));
        assertThat(paid.wallet().principal()).isEqualTo(Money.zero());
        assertThat(paid.wallet().bonus()).isEqualTo(yuan("20.00"));

        WalletOperation refunded = f.payments.refund(staff, zhang, "pay-SO-1", "RF-1", yuan("210.00"), "refund-1");

        assertThat(refunded.balanceMoved()).isEqualTo(new BalanceDraw(yuan("200.00"), yuan("10.00")));
        assertThat(refunded.wallet().principal()).isEqualTo(yuan("200.00"));
        assertThat(refunded.wallet().bonus()).isEqualTo(yuan("30.00"));
        assertThat(refunded.entries()).allSatisfy(e -> {
            assertThat(e.reason()).isEqualTo(LedgerReason.ORDER_REFUND);
            assertThat(e.corrects()).isPresent();
        });
        assertThat(refunded.entries()).extracting(e -> e.corrects().orElseThrow())
                .containsExactlyElementsOf(paid.entries().stream().map(LedgerEntry::id).toList());
    }

    @Test
    void partial_refunds_never_return_more_than_was_paid() {
        CustomerId zhang = f.newCustomer();
        f.wallets.credit(staff, zhang, topUp("100.00", "10.00"), "topup");
        f.payments.pay(staff, zhang, "SO-2", yuan("110.00"), "pay-SO-2");

        WalletOperation part = f.payments.refund(staff, zhang, "pay-SO-2", "RF-a", yuan("55.00"), "rf-a");
        assertThat(part.balanceMoved()).isEqualTo(new BalanceDraw(yuan("50.00"), yuan("5.00")));
        f.payments.refund(staff, zhang, "pay-SO-2", "RF-b", yuan("55.00"), "rf-b");

        assertThatThrownBy(() -> f.payments.refund(staff, zhang, "pay-SO-2", "RF-c", yuan("0.01"), "rf-c"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_REFUND_EXCEEDS_PAYMENT);
        assertThatThrownBy(() -> f.payments.refund(staff, zhang, "pay-unknown", "RF-d", yuan("1.00"), "rf-d"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_PAYMENT_NOT_FOUND);
        Wallet wallet = f.wallets.wallet(staff, zhang);
        assertThat(wallet.principal()).isEqualTo(yuan("100.00"));
        assertThat(wallet.bonus()).isEqualTo(yuan("10.00"));
    }

    @Test
    void paying_more_than_the_balance_is_refused_and_changes_nothing() {
        CustomerId zhang = f.newCustomer();
        f.wallets.credit(staff, zhang, topUp("100.00", "10.00"), "topup");

        assertThatThrownBy(() -> f.payments.pay(staff, zhang, "SO-3", yuan("110.01"), "pay-SO-3"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_INSUFFICIENT_BALANCE);
        assertThat(f.wallets.wallet(staff, zhang).balance()).isEqualTo(yuan("110.00"));
        assertThat(f.wallets.entries(staff, zhang, LedgerFilter.all(), PageRequest.first(10)).items()).hasSize(2);
    }

    @Test
    void a_frozen_wallet_cannot_pay_or_be_debited_but_refunds_and_credits_still_arrive() {
        CustomerId zhang = f.newCustomer();
        f.wallets.credit(staff, zhang, topUp("100.00", "0"), "topup");
        f.payments.pay(staff, zhang, "SO-4", yuan("40.00"), "pay-SO-4");

        assertThat(f.wallets.freeze(staff, zhang).frozen()).isTrue();

        assertThatThrownBy(() -> f.payments.pay(staff, zhang, "SO-5", yuan("1.00"), "pay-SO-5"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_FROZEN);
        assertThatThrownBy(() -> f.wallets.debit(staff, zhang, new WalletDebit(LedgerReason.STAFF_DEBIT,
                yuan("1.00"), Optional.of("划卡"), null), "debit-1")).extracting("code")
                .isEqualTo(ErrorCode.WALLET_FROZEN);
        assertThat(f.payments.refund(staff, zhang, "pay-SO-4", "RF-4", yuan("40.00"), "rf-4").wallet().balance())
                .isEqualTo(yuan("100.00"));

        assertThat(f.wallets.unfreeze(staff, zhang).frozen()).isFalse();
        assertThat(f.wallets.debit(staff, zhang, new WalletDebit(LedgerReason.STAFF_DEBIT, yuan("30.00"),
                Optional.of("店内消费 划卡"), null), "debit-2").wallet().balance()).isEqualTo(yuan("70.00"));
    }

    @Test
    void a_correction_is_a_new_entry_linked_to_the_one_it_corrects() {
        CustomerId zhang = f.newCustomer();
        LedgerEntry wrong = f.wallets.credit(staff, zhang, topUp("1000.00", "0"), "topup").entries().getFirst();

        WalletOperation fixed = f.wallets.debit(staff, zhang, new WalletDebit(LedgerReason.ADJUSTMENT, yuan("900.00"),
                Optional.of("多录了一个零"), Optional.of(wrong.id())), "fix-1");

        assertThat(fixed.entries().getFirst().corrects()).contains(wrong.id());
        assertThat(fixed.wallet().balance()).isEqualTo(yuan("100.00"));
        assertThatThrownBy(() -> f.wallets.debit(staff, zhang, new WalletDebit(LedgerReason.ADJUSTMENT,
                yuan("1.00"), null, Optional.of(UUID.randomUUID())), "fix-2")).extracting("code")
                .isEqualTo(ErrorCode.WALLET_ENTRY_NOT_FOUND);
    }

    @Test
    void bad_inputs_are_refused_with_stable_codes() {
        CustomerId zhang = f.newCustomer();
        assertThatThrownBy(() -> f.wallets.credit(staff, zhang, topUp("-1.00", "0"), "k")).extracting("code")
                .isEqualTo(ErrorCode.WALLET_AMOUNT_INVALID);
        assertThatThrownBy(() -> f.wallets.credit(staff, zhang, topUp("0", "0"), "k")).extracting("code")
                .isEqualTo(ErrorCode.WALLET_AMOUNT_INVALID);
        assertThatThrownBy(() -> f.wallets.credit(staff, zhang, new WalletCredit(LedgerReason.TOPUP,
                Money.of("1.00", "USD"), null, null, null), "k")).extracting("code")
                .isEqualTo(ErrorCode.WALLET_AMOUNT_INVALID);
        assertThatThrownBy(() -> f.wallets.credit(staff, zhang, topUp("100000000.01", "0"), "k")).extracting("code")
                .isEqualTo(ErrorCode.WALLET_AMOUNT_INVALID);
        assertThatThrownBy(() -> f.wallets.credit(staff, zhang, new WalletCredit(LedgerReason.ORDER_PAYMENT,
                yuan("1.00"), null, null, null), "k")).extracting("code").isEqualTo(ErrorCode.WALLET_REASON_INVALID);
        assertThatThrownBy(() -> f.wallets.credit(staff, zhang, topUp("1.00", "0"), " ")).extracting("code")
                .isEqualTo(ErrorCode.WALLET_OPERATION_KEY_INVALID);
        assertThatThrownBy(() -> f.wallets.credit(staff, zhang, new WalletCredit(LedgerReason.TOPUP, yuan("1.00"),
                null, Optional.of("x".repeat(201)), null), "k")).extracting("code")
                .isEqualTo(ErrorCode.WALLET_NOTE_INVALID);
    }

    @Test
    void customers_cannot_use_staff_operations_nor_pay_from_someone_elses_wallet() {
        CustomerId zhang = f.customer("13900000001");
        CustomerId li = f.customer("13900000002");
        Actor zhangHimself = Actor.customer(WalletFixture.SHOP, "kc-zhang", "13900000001");
        f.wallets.credit(staff, li, topUp("10.00", "0"), "t");

        assertThatThrownBy(() -> f.wallets.credit(zhangHimself, zhang, topUp("10.00", "0"), "k"))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> f.payments.pay(zhangHimself, li, "SO-x", yuan("1.00"), "k"))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(f.wallets.myWallet(zhangHimself).customer()).isEqualTo(zhang);
    }

    @Test
    void history_filters_by_asset_and_reason_newest_first_with_cursor_pages() {
        CustomerId zhang = f.newCustomer();
        f.wallets.credit(staff, zhang, topUp("100.00", "10.00"), "t1");
        f.payments.earnPoints(staff, zhang, Points.of(10), LedgerReason.SIGN_IN, Cause.rule("sign-in"), "p1");
        f.payments.pay(staff, zhang, "SO-7", yuan("5.00"), "pay-7");

        var first = f.wallets.entries(staff, zhang, LedgerFilter.all(), PageRequest.first(2));
        assertThat(first.items()).extracting(LedgerEntry::reason)
                .containsExactly(LedgerReason.ORDER_PAYMENT, LedgerReason.SIGN_IN);
        var second = f.wallets.entries(staff, zhang, LedgerFilter.all(), new PageRequest(2, first.next()));
        assertThat(second.items()).extracting(LedgerEntry::reason)
                .containsExactly(LedgerReason.TOPUP_BONUS, LedgerReason.TOPUP);
        assertThat(f.wallets.entries(staff, zhang, new LedgerFilter(Optional.of(Asset.POINTS), null, null, null),
                PageRequest.first(10)).items()).hasSize(1);
        assertThat(f.wallets.entries(staff, zhang, new LedgerFilter(null, Optional.of(LedgerReason.TOPUP), null,
                null), PageRequest.first(10)).items()).hasSize(1);
    }

    @Test
    void reconciliation_finds_no_drift_on_an_honest_ledger_and_reports_a_tampered_one() {
        CustomerId zhang = f.newCustomer();
        CustomerId li = f.newCustomer();
        f.wallets.credit(staff, zhang, topUp("200.00", "30.00"), "t1");
        f.payments.pay(staff, zhang, "SO-8", yuan("210.00"), "pay-8");
        f.payments.earnPoints(staff, li, Points.of(10), LedgerReason.SIGN_IN, Cause.rule("sign-in"), "p1");

        ReconciliationReport clean = f.reconciliation.reconcile(staff);
        assertThat(clean.balanced()).isTrue();
        assertThat(clean.walletsChecked()).isEqualTo(2);
        assertThat(clean.entriesChecked()).isEqualTo(5);

        f.walletRepository.tamperPrincipal(WalletFixture.SHOP, zhang, 100);
        ReconciliationReport drifted = f.reconciliation.reconcile(staff);
        assertThat(drifted.drifts()).containsExactly(new WalletDrift(f.wallets.wallet(staff, zhang).id(), zhang,
                "PRINCIPAL", 100, 0));
        assertThatThrownBy(() -> f.reconciliation.reconcile(Actor.customer(WalletFixture.SHOP, "kc", "13900000009")))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(List.of(clean.merchant())).containsExactly(WalletFixture.SHOP);
    }
}
