package dev.zhanggui.server.wallet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.PointsRule;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A table of one JSON array of {code, args} per merchant (check-in rules, earning rules); no row means the defaults. */
final class RuleSetTable {
    private record StoredRule(String code, Map<String, String> args) {
    }

    private final JdbcStatements sql;
    private final ObjectMapper json;
    private final String table;

    RuleSetTable(JdbcStatements sql, ObjectMapper json, String table) {
        this.sql = sql;
        this.json = json;
        this.table = table;
    }

    Optional<List<PointsRule>> find(MerchantId merchant) {
        return sql.queryOne("select rules::text from " + table + " where merchant_id = ?",
                s -> s.setString(1, merchant.value()), r -> r.getString(1)).map(this::read);
    }

    void save(MerchantId merchant, List<PointsRule> rules) {
        String text = write(rules.stream().map(r -> new StoredRule(r.code(), r.args())).toList());
        sql.update("insert into " + table + " (merchant_id, rules, updated_at) values (?, ?::jsonb, now())"
                + " on conflict (merchant_id) do update set rules = excluded.rules, updated_at = now()", s -> {
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
