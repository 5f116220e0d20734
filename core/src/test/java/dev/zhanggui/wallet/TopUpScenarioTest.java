package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.payment.PaymentConfirmation;
import dev.zhanggui.payment.PaymentNotice;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.payment.PaymentStatus;
import dev.zhanggui.payment.inmemory.InMemoryPaymentGateway;
import dev.zhanggui.payment.inmemory.InMemoryPaymentRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.inmemory.InMemoryTopUpPlanRepository;
import dev.zhanggui.wallet.inmemory.InMemoryTopUpRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** 充值返现: a customer tops up online by a plan, the gateway confirms, the wallet is credited once. */
class TopUpScenarioTest {
    private final WalletFixture f = new WalletFixture();
    private final InMemoryPaymentGateway gateway = new InMemoryPaymentGateway("test", "s3cret");
    private final InMemoryPaymentRepository paymentRepository = new InMemoryPaymentRepository();
    private final InMemoryTopUpRepository topUpRepository = new InMemoryTopUpRepository();
    private final PaymentService payments = new PaymentService(paymentRepository, List.of(gateway),
            List.of(new TopUpConfirmation(topUpRepository, f.walletRepository, f.customerRepository, f.transactions,
                    f.ids, f.clock)), "test", name -> "https://shop.example/callbacks/" + name, f.transactions,
            f.ids, f.clock);
    private final TopUpService topUps = new TopUpService(new InMemoryTopUpPlanRepository(), topUpRepository, payments,
            f.customers, f.transactions, f.ids, f.clock);
    private final Actor zhang = Actor.customer(WalletFixture.SHOP, "zhang", "13800009999");
    private final Instant paidAt = Instant.parse("2026-06-08T02:01:00Z");

    private TopUpPlan plan(String amount, String bonus, boolean active) {
        return topUps.createPlan(f.staff, new TopUpPlanDetails("充" + amount, Money.of(amount), Money.of(bonus), active));
    }

    private PaymentConfirmation pay(StartedTopUp started, long fen) {
        var notification = gateway.notificationOf(started.payment().intent().outTradeNo(), fen, paidAt);
        return payments.confirm("test", notification.getKey(), notification.getValue());
    }

    private Wallet walletOfZhang() {
        return f.wallets.myWallet(zhang);
    }

    @Test
    void paying_a_200_plan_credits_200_principal_and_30_bonus_in_one_operation() {
        TopUpPlan plan = plan("200.00", "30.00", true);

        StartedTopUp started = topUps.start(zhang, Optional.of(plan.id()), Optional.empty());

        assertThat(started.payment().intent().prepayId()).isNotBlank();
        assertThat(gateway.created()).singleElement().satisfies(request -> {
            assertThat(request.amountFen()).isEqualTo(20000);
            assertThat(request.notifyUrl()).isEqualTo("https://shop.example/callbacks/test");
            assertThat(request.outTradeNo()).hasSize(32);
        });
        assertThat(walletOfZhang().balance()).isEqualTo(Money.zero());

        PaymentConfirmation confirmed = pay(started, 20000);

        assertThat(confirmed.outcome()).isEqualTo(PaymentNotice.Outcome.CONFIRMED);
        assertThat(confirmed.payment().status()).isEqualTo(PaymentStatus.PAID);
        Wallet wallet = walletOfZhang();
        assertThat(wallet.principal()).isEqualTo(Money.of("200.00"));
        assertThat(wallet.bonus()).isEqualTo(Money.of("30.00"));
        List<LedgerEntry> entries = f.walletRepository.operation(WalletFixture.SHOP, wallet.id(),
                started.topUp().payment().toString());
        assertThat(entries).extracting(LedgerEntry::reason).containsExactly(LedgerReason.TOPUP, LedgerReason.TOPUP_BONUS);
        assertThat(entries).allSatisfy(e -> assertThat(e.cause().kind()).isEqualTo(Cause.Kind.TOP_UP));
    }

    @Test
    void a_repeated_notification_credits_nothing_more() {
        StartedTopUp started = topUps.start(zhang, Optional.of(plan("100.00", "10.00", true).id()), Optional.empty());

        pay(started, 10000);
        PaymentConfirmation again = pay(started, 10000);

        assertThat(again.outcome()).isEqualTo(PaymentNotice.Outcome.REPEATED);
        assertThat(again.refused()).isFalse();
        assertThat(walletOfZhang().balance()).isEqualTo(Money.of("110.00"));
        assertThat(payments.notices(f.staff, started.topUp().payment())).extracting(PaymentNotice::outcome)
                .containsExactly(PaymentNotice.Outcome.CONFIRMED, PaymentNotice.Outcome.REPEATED);
    }

    @Test
    void a_wrong_amount_is_refused_and_recorded_and_the_right_one_still_confirms() {
        StartedTopUp started = topUps.start(zhang, Optional.of(plan("100.00", "10.00", true).id()), Optional.empty());

        PaymentConfirmation wrong = pay(started, 1);

        assertThat(wrong.refusal()).contains(ErrorCode.PAYMENT_AMOUNT_MISMATCH);
        assertThat(walletOfZhang().balance()).isEqualTo(Money.zero());
        assertThat(payments.payment(f.staff, started.topUp().payment(), Optional.empty()).status())
                .isEqualTo(PaymentStatus.PENDING);
        assertThat(pay(started, 10000).outcome()).isEqualTo(PaymentNotice.Outcome.CONFIRMED);
        assertThat(payments.notices(f.staff, started.topUp().payment())).extracting(PaymentNotice::outcome)
                .containsExactly(PaymentNotice.Outcome.AMOUNT_MISMATCH, PaymentNotice.Outcome.CONFIRMED);
    }

    @Test
    void a_tampered_notification_changes_nothing() {
        StartedTopUp started = topUps.start(zhang, Optional.of(plan("100.00", "10.00", true).id()), Optional.empty());
        var genuine = gateway.notificationOf(started.payment().intent().outTradeNo(), 10000, paidAt);
        String tampered = genuine.getKey().replace("total=10000", "total=99999");

        assertThatThrownBy(() -> payments.confirm("test", tampered, genuine.getValue())).extracting("code")
                .isEqualTo(ErrorCode.PAYMENT_SIGNATURE_INVALID);
        assertThatThrownBy(() -> payments.confirm("test", genuine.getKey(), Map.of())).extracting("code")
                .isEqualTo(ErrorCode.PAYMENT_SIGNATURE_INVALID);
        assertThatThrownBy(() -> payments.confirm("nope", genuine.getKey(), genuine.getValue())).extracting("code")
                .isEqualTo(ErrorCode.PAYMENT_GATEWAY_UNKNOWN);
        assertThat(walletOfZhang().balance()).isEqualTo(Money.zero());
        assertThat(payments.notices(f.staff, started.topUp().payment())).isEmpty();
    }

    @Test
    void an_amount_gets_the_bonus_of_the_plan_of_that_amount_and_otherwise_none() {
        plan("200.00", "30.00", true);
        plan("500.00", "100.00", false);

        StartedTopUp matching = topUps.start(zhang, Optional.empty(), Optional.of(Money.of("200.00")));
        StartedTopUp inactive = topUps.start(zhang, Optional.empty(), Optional.of(Money.of("500.00")));
        StartedTopUp free = topUps.start(zhang, Optional.empty(), Optional.of(Money.of("88.80")));

        assertThat(matching.topUp().bonus()).isEqualTo(Money.of("30.00"));
        assertThat(inactive.topUp().bonus()).isEqualTo(Money.zero());
        assertThat(free.topUp().bonus()).isEqualTo(Money.zero());
        pay(free, 8880);
        assertThat(walletOfZhang().principal()).isEqualTo(Money.of("88.80"));
    }

    @Test
    void customers_see_only_active_plans_and_only_staff_change_them() {
        TopUpPlan offered = plan("100.00", "10.00", true);
        TopUpPlan hidden = plan("300.00", "50.00", false);

        assertThat(topUps.plans(zhang)).extracting(TopUpPlan::id).contains(offered.id()).doesNotContain(hidden.id());
        assertThat(topUps.plans(f.staff)).extracting(TopUpPlan::id).contains(offered.id(), hidden.id());
        assertThatThrownBy(() -> topUps.start(zhang, Optional.of(hidden.id()), Optional.empty())).extracting("code")
                .isEqualTo(ErrorCode.TOPUP_PLAN_NOT_FOUND);
        assertThatThrownBy(() -> topUps.createPlan(zhang, new TopUpPlanDetails("x", Money.of("1.00"), null, true)))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);

        TopUpPlan revised = topUps.updatePlan(f.staff, hidden.id(),
                new TopUpPlanDetails("充300送60", Money.of("300.00"), Money.of("60.00"), true), Optional.of(0L));
        assertThat(revised.version()).isEqualTo(1);
        assertThat(topUps.plans(zhang)).extracting(TopUpPlan::id).contains(hidden.id());
        assertThatThrownBy(() -> topUps.updatePlan(f.staff, hidden.id(),
                new TopUpPlanDetails("x", Money.of("300.00"), Money.zero(), true), Optional.of(0L)))
                .extracting("code").isEqualTo(ErrorCode.VERSION_MISMATCH);
        topUps.deletePlan(f.staff, offered.id());
        assertThatThrownBy(() -> topUps.plan(f.staff, offered.id())).extracting("code")
                .isEqualTo(ErrorCode.TOPUP_PLAN_NOT_FOUND);
    }

    @Test
    void invalid_plans_and_top_ups_are_refused_with_the_field() {
        assertThatThrownBy(() -> plan("100.00", "100.01", true)).isInstanceOf(DomainException.class)
                .extracting("code").isEqualTo(ErrorCode.TOPUP_PLAN_INVALID);
        assertThatThrownBy(() -> topUps.createPlan(f.staff, new TopUpPlanDetails(" ", Money.of("1.00"), null, true)))
                .extracting("code").isEqualTo(ErrorCode.TOPUP_PLAN_INVALID);
        assertThatThrownBy(() -> topUps.start(zhang, Optional.empty(), Optional.empty())).extracting("code")
                .isEqualTo(ErrorCode.TOPUP_INVALID);
        assertThatThrownBy(() -> topUps.start(zhang, Optional.empty(), Optional.of(Money.of("-1.00"))))
                .extracting("code").isEqualTo(ErrorCode.WALLET_AMOUNT_INVALID);
        assertThatThrownBy(() -> topUps.start(f.staff, Optional.empty(), Optional.of(Money.of("1.00"))))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }
}
