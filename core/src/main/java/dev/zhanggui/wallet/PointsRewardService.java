package dev.zhanggui.wallet;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerReferred;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.Referral;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Points earned by purchases and referrals (购物积分, 推荐奖励, 拉新奖励), by the merchant's earning
 * rules: a completed purchase earns the buyer points on the money they paid, once per order; the
 * first completed purchase of an invited customer earns their inviter the referral reward, once
 * per invitee; a new downline earns the inviter the downline bonus, up to the rule's count. Each
 * award is recorded ({@link PointsAward}, queryable per order through {@link #awardedFor}) and
 * credited by a wallet operation in the same unit of work as what caused it; a repeated call
 * awards nothing more.
 */
public final class PointsRewardService {
    /** The subject recorded as the actor of reward entries. */
    public static final String SYSTEM_SUBJECT = "points-rewards";

    private final EarningRuleRepository ruleSets;
    private final EarningRules registry;
    private final PointsAwardRepository awards;
    private final PurchaseRewardPolicy policy;
    private final WalletPaymentService payments;
    private final CustomerRepository customers;
    private final OwedPoints owed;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public PointsRewardService(EarningRuleRepository ruleSets, EarningRules registry, PointsAwardRepository awards,
                               PurchaseRewardPolicy policy, WalletPaymentService payments,
                               CustomerRepository customers, Transactions transactions, IdGenerator ids, Clock clock) {
        this(ruleSets, registry, awards, policy, payments, customers, OwedPoints.NONE, transactions, ids, clock);
    }

    /** @param owed what customers owe in points, settled first from what they earn */
    public PointsRewardService(EarningRuleRepository ruleSets, EarningRules registry, PointsAwardRepository awards,
                               PurchaseRewardPolicy policy, WalletPaymentService payments,
                               CustomerRepository customers, OwedPoints owed, Transactions transactions,
                               IdGenerator ids, Clock clock) {
        this.owed = owed;
        this.ruleSets = ruleSets;
        this.registry = registry;
        this.awards = awards;
        this.policy = policy;
        this.payments = payments;
        this.customers = customers;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * A purchase completed: the buyer's purchase points and, if the buyer was invited and this is
     * the first of their purchases to complete, the inviter's referral reward. Returns what was
     * awarded now (nothing when the purchase was rewarded before).
     */
    public List<PointsAward> purchaseCompleted(CompletedPurchase purchase) {
        return transactions.inTransaction(() -> {
            EarningRules.RuleSet rules = rulesOf(purchase.merchant());
            Money basis = policy.rewardable(purchase);
            List<PointsAward> awarded = new ArrayList<>();
            award(PointsAward.Kind.PURCHASE, purchase.merchant(), purchase.customer(), Optional.of(purchase.orderNumber()),
                    Optional.empty(), basis, rules.forOccasion(EarningRule.Occasion.PURCHASE), OptionalLong.empty())
                    .ifPresent(awarded::add);
            Optional<Referral> referral = customers.find(purchase.merchant(), purchase.customer())
                    .flatMap(Customer::referral);
            referral.flatMap(r -> award(PointsAward.Kind.REFERRAL, purchase.merchant(), r.inviter(),
                    Optional.of(purchase.orderNumber()), Optional.of(purchase.customer()), basis,
                    rules.forOccasion(EarningRule.Occasion.REFERRAL_FIRST_ORDER), OptionalLong.empty()))
                    .ifPresent(awarded::add);
            return List.copyOf(awarded);
        });
    }

    /**
     * A customer was linked to their inviter: the downline bonus, if the merchant has one, for
     * the inviter's first downlines up to its count. Downlines linked while no bonus is in force
     * do not count.
     */
    public Optional<PointsAward> customerReferred(CustomerReferred referred) {
        return transactions.inTransaction(() -> {
            Optional<EarningRules.Compiled> rule = rulesOf(referred.merchant())
                    .forOccasion(EarningRule.Occasion.NEW_DOWNLINE);
            if (rule.isEmpty()) {
                return Optional.empty();
            }
            return award(PointsAward.Kind.DOWNLINE, referred.merchant(), referred.inviter(), Optional.empty(),
                    Optional.of(referred.invitee()), Money.zero(), rule, rule.get().limitPerCustomer());
        });
    }

    /** Staff: the points awarded for an order (the buyer's and their inviter's), oldest first. */
    public List<PointsAward> awardedFor(Actor actor, String orderNumber) {
        WalletInputs.requireStaff(actor);
        return transactions.inTransaction(() -> awards.awardedFor(actor.merchant(), orderNumber));
    }

    private Optional<PointsAward> award(PointsAward.Kind kind, MerchantId merchant,
                                        CustomerId earner, Optional<String> order,
                                        Optional<CustomerId> invitee, Money basis,
                                        Optional<EarningRules.Compiled> rule, OptionalLong limit) {
        long points = Math.min(rule.map(r -> r.points(basis)).orElse(0L), WalletInputs.MAX_POINTS);
        String claim = kind == PointsAward.Kind.PURCHASE ? order.orElseThrow() : invitee.orElseThrow().toString();
        Optional<String> key = points > 0 ? Optional.of(PointsAward.operationKeyFor(kind, claim)) : Optional.empty();
        PointsAward award = new PointsAward(ids.newId(), merchant, kind, earner, order, invitee, basis,
                Points.of(points), rule.map(EarningRules.Compiled::stored), key, now());
        boolean claimed = limit.isPresent() ? awards.claimWithin(award, limit.getAsLong()) : awards.claim(award);
        if (!claimed) {
            return Optional.empty();
        }
        if (key.isPresent()) {
            payments.earnPoints(Actor.system(merchant, SYSTEM_SUBJECT), earner, award.points(), kind.reason(),
                    award.cause(), key.get());
            owed.settleFromEarnings(merchant, earner);
        }
        return Optional.of(award);
    }

    private EarningRules.RuleSet rulesOf(MerchantId merchant) {
        return registry.inForce(ruleSets.find(merchant).orElse(EarningRules.DEFAULTS));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
