package dev.zhanggui.server.wallet;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.EarningRuleRepository;
import dev.zhanggui.wallet.PointsRule;

import java.util.List;
import java.util.Optional;

/** A merchant's earning rules (purchase, referral, downline) in PostgreSQL, as one JSON array of {code, args}. */
public class JdbcEarningRuleRepository implements EarningRuleRepository {
    private final RuleSetTable table;

    public JdbcEarningRuleRepository(JdbcStatements sql, ObjectMapper json) {
        this.table = new RuleSetTable(sql, json, "earning_rule_set");
    }

    @Override
    public Optional<List<PointsRule>> find(MerchantId merchant) {
        return table.find(merchant);
    }

    @Override
    public void save(MerchantId merchant, List<PointsRule> rules) {
        table.save(merchant, rules);
    }
}
