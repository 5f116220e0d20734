package dev.zhanggui.wallet;

import dev.zhanggui.wallet.inmemory.InMemoryWalletAuditLog;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerOrderHistory;
import dev.zhanggui.customer.CustomerReferred;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.customer.DefaultReferrerLinkPolicy;
import dev.zhanggui.customer.InvitationService;
import dev.zhanggui.customer.NewCustomer;
import dev.zhanggui.customer.RandomInviteCodes;
import dev.zhanggui.customer.inmemory.InMemoryCustomerRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import dev.zhanggui.shared.inmemory.ManualClock;
import dev.zhanggui.wallet.inmemory.InMemoryEarningRuleRepository;
import dev.zhanggui.wallet.inmemory.InMemoryPointsAwardRepository;
import dev.zhanggui.wallet.inmemory.InMemoryPointsRuleRepository;
import dev.zhanggui.wallet.inmemory.InMemoryWalletRepository;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 购物积分 and 推荐奖励: a completed order earns the buyer a point per yuan paid in money, once; the
 * first completed order of an invited customer earns the inviter 10 points, once; a merchant
 * changes the rules as {code, args}; what an order earned can be read back for after-sales.
 */
class PointsRewardScenarioTest {
    private static final MerchantId SHOP = MerchantId.of("shop");

    private final ManualClock clock = ManualClock.at(Instant.parse("2026-06-08T02:00:00Z"));
    private final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock);
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final InMemoryCustomerRepository customerRepository = new InMemoryCustomerRepository();
    private final InMemoryWalletRepository walletRepository = new InMemoryWalletRepository();
    private final InMemoryEarningRuleRepository earningRules = new InMemoryEarningRuleRepository();
    private final InMemoryPointsAwardRepository awards = new InMemoryPointsAwardRepository();
    private PointsRewardService rewards;
    private final CustomerService customers = new CustomerService(customerRepository, new DefaultPhoneNumberPolicy(),
            new RandomInviteCodes(), customerRepository, transactions,
            event -> {
                if (event instanceof CustomerReferred referred) {
                    rewards.customerReferred(referred);
                }
            }, ids, clock);
    private final WalletService wallets = new WalletService(walletRepository, customerRepository, customers,
            new DefaultSpendingOrderPolicy(), new InMemoryWalletAuditLog(), transactions, ids, clock);
    private final WalletPaymentService payments = new WalletPaymentService(walletRepository, customerRepository,
            customers, new DefaultSpendingOrderPolicy(), transactions, ids, clock);
    private final InvitationService invitations = new InvitationService(customerRepository, customerRepository,
            customers, CustomerOrderHistory.NONE, new DefaultReferrerLinkPolicy(), transactions,
            event -> rewards.customerReferred((CustomerReferred) event), clock);
    private final PointsRulesService rules = new PointsRulesService(new InMemoryPointsRuleRepository(),
            CheckInRules.withBuiltIns(), earningRules, EarningRules.withBuiltIns(), transactions);
    private final Actor admin = Actor.admin(SHOP, "admin");
    private int phones;
    private int orders;

    {
        rewards = new PointsRewardService(earningRules, EarningRules.withBuiltIns(), awards,
                new DefaultPurchaseRewardPolicy(), payments, customerRepository, transactions, ids, clock);
    }

    @Test
    void a_completed_order_earns_a_point_per_yuan_paid_once_even_if_told_twice() {
        CustomerId buyer = newCustomer();
        CompletedPurchase purchase = purchase(buyer, "88.50", "0.00");

        List<PointsAward> first = rewards.purchaseCompleted(purchase);

        assertThat(first).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(PointsAward.Kind.PURCHASE);
            assertThat(a.points().value()).isEqualTo(88);
            assertThat(a.basis()).isEqualTo(Money.of("88.50"));
            assertThat(a.rule()).contains(EarningRules.DEFAULTS.getFirst());
            assertThat(a.operationKey()).contains("purchase-reward:" + purchase.orderNumber());
        });
        assertThat(pointsEntries(buyer)).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(LedgerReason.PURCHASE_REWARD);
            assertThat(e.cause()).isEqualTo(Cause.order(purchase.orderNumber()));
            assertThat(e.amount()).isEqualTo(88);
        });

        rules.replace(admin, Optional.empty(), Optional.of(List.of(purchaseRule("3", "1"))));
        assertThat(rewards.purchaseCompleted(purchase)).isEmpty();
        assertThat(points(buyer)).isEqualTo(88);
        assertThat(pointsEntries(buyer)).hasSize(1);
    }

    @Test
    void points_spent_on_an_order_earn_no_points() {
        CustomerId buyer = newCustomer();
        CompletedPurchase partly = purchase(buyer, "100.00", "30.00");
        CompletedPurchase allPoints = purchase(buyer, "20.00", "20.00");

        rewards.purchaseCompleted(partly);
        List<PointsAward> nothing = rewards.purchaseCompleted(allPoints);

        assertThat(points(buyer)).isEqualTo(70);
        assertThat(nothing).singleElement().satisfies(a -> {
            assertThat(a.points().value()).isZero();
            assertThat(a.operationKey()).isEmpty();
        });
        assertThat(pointsEntries(buyer)).hasSize(1);
        assertThat(rewards.awardedFor(admin, allPoints.orderNumber())).hasSize(1);
    }

    @Test
    void the_inviter_earns_10_points_on_the_first_completed_order_of_the_invitee_only() {
        Actor inviterActor = signedIn();
        CustomerId inviter = customers.me(inviterActor).id();
        Actor inviteeActor = signedIn();
        invitations.setMyReferrer(inviteeActor, invitations.myInvite(inviterActor).code().value());
        CustomerId invitee = customers.me(inviteeActor).id();
        CompletedPurchase first = purchase(invitee, "59.90", "0.00");
        CompletedPurchase second = purchase(invitee, "120.00", "0.00");

        List<PointsAward> forFirst = rewards.purchaseCompleted(first);
        rewards.purchaseCompleted(second);
        rewards.purchaseCompleted(first);

        assertThat(forFirst).extracting(PointsAward::kind)
                .containsExactly(PointsAward.Kind.PURCHASE, PointsAward.Kind.REFERRAL);
        assertThat(points(inviter)).isEqualTo(10);
        assertThat(points(invitee)).isEqualTo(59 + 120);
        assertThat(pointsEntries(inviter)).singleElement().satisfies(e -> {
            assertThat(e.reason()).isEqualTo(LedgerReason.REFERRAL_REWARD);
            assertThat(e.cause()).isEqualTo(Cause.order(first.orderNumber()));
            assertThat(e.operationKey()).isEqualTo("referral-reward:" + invitee);
        });
        assertThat(rewards.awardedFor(admin, first.orderNumber())).extracting(PointsAward::customer)
                .containsExactly(invitee, inviter);
        assertThat(rewards.awardedFor(admin, second.orderNumber())).extracting(PointsAward::kind)
                .containsExactly(PointsAward.Kind.PURCHASE);
        assertThatThrownBy(() -> rewards.awardedFor(inviteeActor, first.orderNumber()))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void a_customer_nobody_invited_earns_only_their_own_points() {
        CustomerId buyer = newCustomer();

        assertThat(rewards.purchaseCompleted(purchase(buyer, "10.00", "0.00"))).extracting(PointsAward::kind)
                .containsExactly(PointsAward.Kind.PURCHASE);
    }

    @Test
    void merchants_set_their_own_rates_and_can_turn_rewards_off() {
        rules.replace(admin, Optional.empty(), Optional.of(List.of(purchaseRule("1", "10"),
                PointsRule.of(ReferralFirstOrderRule.CODE, Map.of("points", "25")))));
        Actor inviterActor = signedIn();
        Actor inviteeActor = signedIn();
        invitations.setMyReferrer(inviteeActor, invitations.myInvite(inviterActor).code().value());
        CustomerId invitee = customers.me(inviteeActor).id();

        rewards.purchaseCompleted(purchase(invitee, "123.45", "0.00"));
        assertThat(points(invitee)).isEqualTo(12);
        assertThat(points(customers.me(inviterActor).id())).isEqualTo(25);

        rules.replace(admin, Optional.empty(), Optional.of(List.of()));
        CustomerId other = newCustomer();
        assertThat(rewards.purchaseCompleted(purchase(other, "500.00", "0.00"))).singleElement()
                .satisfies(a -> assertThat(a.rule()).isEmpty());
        assertThat(points(other)).isZero();
        assertThat(rules.rules(admin).earning()).isEmpty();
    }

    @Test
    void an_invitee_whose_first_order_completed_while_referral_rewards_were_off_brings_nothing_later() {
        rules.replace(admin, Optional.empty(), Optional.of(List.of(purchaseRule("1", "1"))));
        Actor inviterActor = signedIn();
        Actor inviteeActor = signedIn();
        invitations.setMyReferrer(inviteeActor, invitations.myInvite(inviterActor).code().value());
        CustomerId invitee = customers.me(inviteeActor).id();
        rewards.purchaseCompleted(purchase(invitee, "10.00", "0.00"));

        rules.replace(admin, Optional.empty(), Optional.of(EarningRules.DEFAULTS));
        rewards.purchaseCompleted(purchase(invitee, "10.00", "0.00"));

        assertThat(points(customers.me(inviterActor).id())).isZero();
    }

    @Test
    void the_downline_bonus_rewards_the_first_downlines_up_to_its_count() {
        rules.replace(admin, Optional.empty(), Optional.of(List.of(
                PointsRule.of(DownlineBonusRule.CODE, Map.of("points", "5", "maxCount", "2")))));
        Actor inviterActor = signedIn();
        String code = invitations.myInvite(inviterActor).code().value();
        CustomerId byStaff = customers.create(admin, new NewCustomer("1390000%04d".formatted(++phones), null, null,
                List.of(), code)).id();
        invitations.setMyReferrer(signedIn(), code);
        invitations.setMyReferrer(signedIn(), code);

        CustomerId inviter = customers.me(inviterActor).id();
        assertThat(points(inviter)).isEqualTo(10);
        assertThat(pointsEntries(inviter)).hasSize(2).allSatisfy(e -> {
            assertThat(e.reason()).isEqualTo(LedgerReason.REFERRAL_REWARD);
            assertThat(e.cause().kind()).isEqualTo(Cause.Kind.REFERRAL);
        });
        assertThat(pointsEntries(inviter)).extracting(e -> e.cause().reference()).contains(byStaff.toString());
        assertThat(invitations.myInvite(inviterActor).invitedCount()).isEqualTo(3);
    }

    @Test
    void earning_rules_are_checked_field_by_field_and_nothing_is_stored_unless_all_are_valid() {
        assertThat(rules.rules(admin).earning()).isEqualTo(EarningRules.DEFAULTS);
        assertThatThrownBy(() -> rules.replace(admin, Optional.of(List.of(PointsRule.of("lottery", Map.of()))),
                Optional.of(List.of(purchaseRule("1", "0"), PointsRule.of("cashback", Map.of()),
                        PointsRule.of(ReferralFirstOrderRule.CODE, Map.of("points", "10", "extra", "1")),
                        purchaseRule("2", "1"), purchaseRule("3", "1")))))
                .isInstanceOfSatisfying(dev.zhanggui.shared.DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.POINTS_RULE_INVALID);
                    assertThat(e.fieldErrors()).extracting(dev.zhanggui.shared.FieldError::field).containsExactly(
                            "rules[0].code", "earningRules[0].args.perYuan", "earningRules[1].code",
                            "earningRules[2].args.extra", "earningRules[4].code");
                });
        assertThat(rules.rules(admin)).isEqualTo(new PointsRuleBook(CheckInRules.DEFAULTS, EarningRules.DEFAULTS));

        PointsRuleBook set = rules.replace(admin, Optional.empty(), Optional.of(List.of(purchaseRule("2", "1"))));
        assertThat(set.checkIn()).isEqualTo(CheckInRules.DEFAULTS);
        assertThat(set.earning()).containsExactly(purchaseRule("2", "1"));
        assertThatThrownBy(() -> rules.replace(admin, Optional.empty(), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.POINTS_RULE_INVALID);
        assertThatThrownBy(() -> rules.replace(Actor.customer(SHOP, "c", "13800001111"), Optional.empty(),
                Optional.of(List.of()))).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void two_first_orders_completing_at_once_reward_the_inviter_once() throws Exception {
        Actor inviterActor = signedIn();
        Actor inviteeActor = signedIn();
        invitations.setMyReferrer(inviteeActor, invitations.myInvite(inviterActor).code().value());
        CustomerId invitee = customers.me(inviteeActor).id();
        List<CompletedPurchase> both = List.of(purchase(invitee, "30.00", "0.00"), purchase(invitee, "40.00", "0.00"));

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<PointsAward>>> runs = pool.invokeAll(both.stream()
                    .<Callable<List<PointsAward>>>map(p -> () -> rewards.purchaseCompleted(p)).toList());
            for (Future<List<PointsAward>> run : runs) {
                run.get();
            }
        } finally {
            pool.shutdown();
        }

        assertThat(points(customers.me(inviterActor).id())).isEqualTo(10);
        assertThat(points(invitee)).isEqualTo(70);
    }

    private CompletedPurchase purchase(CustomerId buyer, String total, String paidWithPoints) {
        return new CompletedPurchase(SHOP, buyer, "21065202606080%04d".formatted(++orders), Money.of(total),
                Money.zero(), Money.of(paidWithPoints), clock.instant());
    }

    private static PointsRule purchaseRule(String points, String perYuan) {
        return PointsRule.of(PurchaseRewardRule.CODE, Map.of("points", points, "perYuan", perYuan));
    }

    private Actor signedIn() {
        Actor actor = Actor.customer(SHOP, "kc-" + (++phones), "1380000%04d".formatted(phones));
        customers.me(actor);
        return actor;
    }

    private CustomerId newCustomer() {
        return customers.me(signedIn()).id();
    }

    private long points(CustomerId customer) {
        return wallets.wallet(admin, customer).points().value();
    }

    private List<LedgerEntry> pointsEntries(CustomerId customer) {
        return wallets.entries(admin, customer, new LedgerFilter(Optional.of(Asset.POINTS), null, null, null),
                PageRequest.first(50)).items();
    }
}
