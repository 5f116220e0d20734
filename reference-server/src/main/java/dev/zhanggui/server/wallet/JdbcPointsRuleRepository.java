package dev.zhanggui.server.wallet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.PointsRule;
import dev.zhanggui.wallet.PointsRuleRepository;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A merchant's check-in rules in PostgreSQL, as one JSON array of {code, args}. */
public class JdbcPointsRuleRepository implements PointsRuleRepository {
    private record StoredRule(String code, Map<String, String> args) {
    }

    private final JdbcStatements sql;
    private final ObjectMapper json;

    public JdbcPointsRuleRepository(JdbcStatements sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public Optional<List<PointsRule>> find(MerchantId merchant) {
        return sql.queryOne("select rules::text from points_rule_set where merchant_id = ?",
                s -> s.setString(1, merchant.value()), r -> r.getString(1)).map(this::read);
    }

    @Override
    public void save(MerchantId merchant, List<PointsRule> rules) {
        String text = write(rules.stream().map(r -> new StoredRule(r.code(), r.args())).toList());
        sql.update("""
                insert into points_rule_set (merchant_id, rules, updated_at) values (?, ?::jsonb, now())
                on conflict (merchant_id) do update set rules = excluded.rules, updated_at = now()""", s -> {
            s.setString(1, merchant.value());
            s.setString(2, text);
        });
    }

    private List<PointsRule> read(String text) {
        try {
            return json.readValue(text, new TypeReference<List<StoredRule>>() { }).stream()
                    .map(r -> PointsRule.of(r.code(), r.args())).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored points rules cannot be read", e);
        }
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
