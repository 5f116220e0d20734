package dev.zhanggui.server.wallet;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.PointsRule;
import dev.zhanggui.wallet.PointsRuleRepository;

import java.util.List;
import java.util.Optional;

/** A merchant's check-in rules in PostgreSQL, as one JSON array of {code, args}. */
public class JdbcPointsRuleRepository implements PointsRuleRepository {
    private final RuleSetTable table;

    public JdbcPointsRuleRepository(JdbcStatements sql, ObjectMapper json) {
        this.table = new RuleSetTable(sql, json, "points_rule_set");
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
