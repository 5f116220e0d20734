package dev.zhanggui.server.wallet;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.wallet.CheckInRules;
import dev.zhanggui.wallet.DefaultPurchaseRewardPolicy;
import dev.zhanggui.wallet.EarningRuleRepository;
import dev.zhanggui.wallet.EarningRules;
import dev.zhanggui.wallet.PointsAwardRepository;
import dev.zhanggui.wallet.PointsRewardService;
import dev.zhanggui.wallet.PointsRuleRepository;
import dev.zhanggui.wallet.PointsRulesService;
import dev.zhanggui.wallet.PurchaseRewardPolicy;
import dev.zhanggui.wallet.WalletPaymentService;
import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import java.time.Clock;

/** Builds the points rewards for purchases and referrals, their earning rules and the points rules book. */
@ApplicationScoped
public class RewardWiring {

    @Produces
    @ApplicationScoped
    EarningRuleRepository earningRuleRepository(JdbcStatements sql, ObjectMapper json) {
        return new JdbcEarningRuleRepository(sql, json);
    }

    @Produces
    @ApplicationScoped
    PointsAwardRepository pointsAwardRepository(JdbcStatements sql, ObjectMapper json) {
        return new JdbcPointsAwardRepository(sql, json);
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    EarningRules earningRules() {
        return EarningRules.withBuiltIns();
    }

    @Produces
    @ApplicationScoped
    @DefaultBean
    PurchaseRewardPolicy purchaseRewardPolicy() {
        return new DefaultPurchaseRewardPolicy();
    }

    @Produces
    @ApplicationScoped
    PointsRewardService pointsRewardService(EarningRuleRepository rules, EarningRules registry,
                                            PointsAwardRepository awards, PurchaseRewardPolicy policy,
                                            WalletPaymentService payments, CustomerRepository customers,
                                            dev.zhanggui.wallet.OwedPoints owed, Transactions transactions,
                                            IdGenerator ids, Clock clock) {
        // owed: the after-sales clawbacks (PointsClawbacks), settled first from what a customer earns
        return new PointsRewardService(rules, registry, awards, policy, payments, customers, owed, transactions, ids,
                clock);
    }

    @Produces
    @ApplicationScoped
    PointsRulesService pointsRulesService(PointsRuleRepository checkInRules, CheckInRules checkInRegistry,
                                          EarningRuleRepository earningRules, EarningRules earningRegistry,
                                          Transactions transactions) {
        return new PointsRulesService(checkInRules, checkInRegistry, earningRules, earningRegistry, transactions);
    }
}
