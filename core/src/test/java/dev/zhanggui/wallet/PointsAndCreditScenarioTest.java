package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Points (积分) are earned and spent whole, never below zero; credit (授信) is charged up to the limit. */
class PointsAndCreditScenarioTest {
    private final WalletFixture f = new WalletFixture();
    private final Actor staff = f.staff;

    @Test
    void points_are_earned_and_spent_and_never_go_negative() {
        CustomerId zhang = f.newCustomer();
        f.payments.earnPoints(staff, zhang, Points.of(10), LedgerReason.SIGN_IN, Cause.rule("sign-in"), "si-0608");
        f.payments.earnPoints(staff, zhang, Points.of(30), LedgerReason.STREAK_BONUS, Cause.rule("streak-7"), "st-7");

        WalletOperation spent = f.payments.spendPoints(staff, zhang, Points.of(25), LedgerReason.POINTS_REDEMPTION,
                Cause.order("SO-1"), "pts-SO-1");

        assertThat(spent.wallet().points()).isEqualTo(Points.of(15));
        assertThat(spent.entries().getFirst().amount()).isEqualTo(-25);
        assertThatThrownBy(() -> f.payments.spendPoints(staff, zhang, Points.of(16), LedgerReason.POINTS_REDEMPTION,
                Cause.order("SO-2"), "pts-SO-2")).extracting("code").isEqualTo(ErrorCode.WALLET_INSUFFICIENT_POINTS);
        assertThatThrownBy(() -> f.payments.earnPoints(staff, zhang, Points.of(0), LedgerReason.SIGN_IN,
                Cause.rule("sign-in"), "x")).extracting("code").isEqualTo(ErrorCode.WALLET_AMOUNT_INVALID);
        assertThatThrownBy(() -> f.payments.earnPoints(staff, zhang, Points.of(1), LedgerReason.TOPUP,
                Cause.rule("sign-in"), "x")).extracting("code").isEqualTo(ErrorCode.WALLET_REASON_INVALID);
    }

    @Test
    void a_frozen_wallet_cannot_pay_with_points_but_keeps_earning() {
        CustomerId zhang = f.newCustomer();
        f.payments.earnPoints(staff, zhang, Points.of(100), LedgerReason.PURCHASE_REWARD, Cause.order("SO-0"), "e1");
        f.wallets.freeze(staff, zhang);

        assertThatThrownBy(() -> f.payments.spendPoints(staff, zhang, Points.of(1), LedgerReason.POINTS_REDEMPTION,
                Cause.order("SO-1"), "s1")).extracting("code").isEqualTo(ErrorCode.WALLET_FROZEN);
        assertThat(f.payments.earnPoints(staff, zhang, Points.of(10), LedgerReason.SIGN_IN, Cause.rule("sign-in"),
                "e2").wallet().points()).isEqualTo(Points.of(110));
    }

    @Test
    void credit_is_charged_up_to_the_limit_and_repaid() {
        CustomerId wholesaler = f.newCustomer();
        assertThatThrownBy(() -> f.payments.chargeCredit(staff, wholesaler, "SO-1", Money.of("0.01"), "c0"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_CREDIT_LIMIT_EXCEEDED);

        Wallet limited = f.wallets.setCreditLimit(staff, wholesaler, Money.of("5000.00"), Optional.empty());
        assertThat(limited.creditLimit()).isEqualTo(Money.of("5000.00"));
        f.payments.chargeCredit(staff, wholesaler, "SO-1", Money.of("3000.00"), "c1");
        WalletOperation second = f.payments.chargeCredit(staff, wholesaler, "SO-2", Money.of("2000.00"), "c2");

        assertThat(second.wallet().creditInUse()).isEqualTo(Money.of("5000.00"));
        assertThat(second.wallet().creditAvailable()).isEqualTo(Money.zero());
        assertThatThrownBy(() -> f.payments.chargeCredit(staff, wholesaler, "SO-3", Money.of("0.01"), "c3"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_CREDIT_LIMIT_EXCEEDED);
        assertThatThrownBy(() -> f.wallets.setCreditLimit(staff, wholesaler, Money.of("4999.99"), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.WALLET_CREDIT_LIMIT_EXCEEDED);

        WalletOperation repaid = f.payments.repayCredit(staff, wholesaler,
                new CreditRepayment(Money.of("3000.00"), RepaymentMethod.BANK_TRANSFER, Optional.of("转账")), "r1");
        assertThat(repaid.wallet().creditInUse()).isEqualTo(Money.of("2000.00"));
        assertThatThrownBy(() -> f.payments.repayCredit(staff, wholesaler,
                new CreditRepayment(Money.of("2000.01"), RepaymentMethod.CASH, Optional.empty()), "r2"))
                .extracting("code").isEqualTo(ErrorCode.WALLET_REPAYMENT_EXCEEDS_CREDIT_IN_USE);
        assertThatThrownBy(() -> f.wallets.setCreditLimit(staff, wholesaler, Money.of("1.00"), Optional.of(99L)))
                .extracting("code").isEqualTo(ErrorCode.VERSION_MISMATCH);
        assertThat(f.reconciliation.reconcile(staff).balanced()).isTrue();
    }
}
