package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.payment.PaymentPurpose;
import dev.zhanggui.payment.PaymentService;
import dev.zhanggui.payment.StartedPayment;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Stored-value top-ups (储值充值): staff keep the top-up plans (充值返现), customers see the active
 * ones and top up online by a plan or by an amount. The wallet is credited by
 * {@link TopUpConfirmation} once the payment is confirmed, never here.
 */
public final class TopUpService {
    private final TopUpPlanRepository plans;
    private final TopUpRepository topUps;
    private final PaymentService payments;
    private final CustomerService customers;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public TopUpService(TopUpPlanRepository plans, TopUpRepository topUps, PaymentService payments,
                        CustomerService customers, Transactions transactions, IdGenerator ids, Clock clock) {
        this.plans = plans;
        this.topUps = topUps;
        this.payments = payments;
        this.customers = customers;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /** The plans: the active ones for customers and storefronts, all of them for staff. */
    public List<TopUpPlan> plans(Actor actor) {
        return transactions.inTransaction(() -> plans.list(actor.merchant(), !actor.actsForMerchant()));
    }

    public TopUpPlan plan(Actor actor, TopUpPlanId id) {
        return transactions.inTransaction(() -> plans.find(actor.merchant(), id))
                .filter(p -> p.active() || actor.actsForMerchant())
                .orElseThrow(() -> notFound(id));
    }

    public TopUpPlan createPlan(Actor actor, TopUpPlanDetails details) {
        WalletInputs.requireStaff(actor);
        TopUpPlan plan = TopUpPlan.create(new TopUpPlanId(ids.newId()), actor.merchant(), details,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
        return transactions.inTransaction(() -> {
            if (plans.list(actor.merchant(), false).size() >= TopUpPlanRepository.MAX_PLANS) {
                throw DomainException.invalidField("name", ErrorCode.TOPUP_PLAN_INVALID,
                        "A merchant has at most " + TopUpPlanRepository.MAX_PLANS + " top-up plans");
            }
            plans.add(plan);
            return plan;
        });
    }

    public TopUpPlan updatePlan(Actor actor, TopUpPlanId id, TopUpPlanDetails details, Optional<Long> expectedVersion) {
        WalletInputs.requireStaff(actor);
        return transactions.inTransaction(() -> {
            TopUpPlan plan = plans.find(actor.merchant(), id).orElseThrow(() -> notFound(id));
            VersionCheck.require(expectedVersion, plan.version());
            return plans.update(plan.revise(details));
        });
    }

    public void deletePlan(Actor actor, TopUpPlanId id) {
        WalletInputs.requireStaff(actor);
        transactions.run(() -> {
            if (!plans.delete(actor.merchant(), id)) {
                throw notFound(id);
            }
        });
    }

    /**
     * Starts the calling customer's top-up: by an active plan (its amount and bonus), or by an
     * amount (the bonus of the active plan of exactly that amount, if there is one). Returns the
     * payment to make; the wallet is credited once it is confirmed.
     */
    public StartedTopUp start(Actor actor, Optional<TopUpPlanId> planId, Optional<Money> amount) {
        if (!actor.isCustomer()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only a customer tops up their own wallet online");
        }
        if (planId.isPresent() == amount.isPresent()) {
            throw DomainException.invalidField(planId.isPresent() ? "amount" : "planId", ErrorCode.TOPUP_INVALID,
                    "Give either a plan or an amount");
        }
        var customer = customers.myId(actor);
        Optional<TopUpPlan> plan = planId.isPresent() ? Optional.of(plan(actor, planId.get()))
                : transactions.inTransaction(() -> plans.list(actor.merchant(), true)).stream()
                .filter(p -> p.amount().equals(WalletInputs.amount(amount.get(), "amount"))).findFirst();
        Money principal = plan.map(TopUpPlan::amount).orElseGet(() -> WalletInputs.amount(amount.get(), "amount"));
        Money bonus = plan.map(TopUpPlan::bonus).orElse(Money.zero());
        String description = "Top-up " + principal + (bonus.isPositive() ? " + bonus " + bonus : "");
        TopUp[] started = new TopUp[1];
        StartedPayment payment = payments.start(actor, customer, PaymentPurpose.TOP_UP,
                plan.map(p -> "plan:" + p.id()).orElse("amount"), principal, description, p -> {
                    started[0] = new TopUp(p.id(), actor.merchant(), customer, plan.map(TopUpPlan::id), principal,
                            bonus, p.createdAt());
                    topUps.add(started[0]);
                });
        return new StartedTopUp(started[0], payment);
    }

    private static DomainException notFound(TopUpPlanId id) {
        return new DomainException(ErrorCode.TOPUP_PLAN_NOT_FOUND, "No top-up plan " + id);
    }
}
