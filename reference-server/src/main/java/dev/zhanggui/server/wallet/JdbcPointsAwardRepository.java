package dev.zhanggui.server.wallet;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import dev.zhanggui.wallet.PointsAward;
import dev.zhanggui.wallet.PointsAwardRepository;
import dev.zhanggui.wallet.PointsRule;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.instant;
import static dev.zhanggui.server.shared.JdbcStatements.utc;

/**
 * Points awards in PostgreSQL. A claim is one {@code insert ... on conflict do nothing} on the
 * unique key (merchant, kind, claim): of two transactions claiming the same thing, the second
 * waits for the first and inserts nothing. A claim within a limit first takes a transaction-level
 * advisory lock on the earning customer and kind, so that the count it checks cannot change
 * under it, on any instance.
 */
public class JdbcPointsAwardRepository implements PointsAwardRepository {
    private static final String COLUMNS = "id, merchant_id, kind, claim, customer_id, order_number, invitee_id,"
            + " basis_fen, points, rule_code, rule_args, operation_key, awarded_at";

    private final JdbcStatements sql;
    private final ObjectMapper json;

    public JdbcPointsAwardRepository(JdbcStatements sql, ObjectMapper json) {
        this.sql = sql;
        this.json = json;
    }

    @Override
    public boolean claim(PointsAward award) {
        return sql.update("insert into points_award (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?)"
                + " on conflict (merchant_id, kind, claim) do nothing", s -> {
            s.setObject(1, award.id());
            s.setString(2, award.merchant().value());
            s.setString(3, award.kind().name());
            s.setString(4, award.claim());
            s.setObject(5, award.customer().value());
            s.setString(6, award.orderNumber().orElse(null));
            s.setObject(7, award.invitee().map(CustomerId::value).orElse(null));
            s.setLong(8, award.basis().minorUnits());
            s.setLong(9, award.points().value());
            s.setString(10, award.rule().map(PointsRule::code).orElse(null));
            s.setString(11, award.rule().map(r -> write(r.args())).orElse(null));
            s.setString(12, award.operationKey().orElse(null));
            s.setObject(13, utc(award.at()));
        }) == 1;
    }

    @Override
    public boolean claimWithin(PointsAward award, long limit) {
        String lock = "points-award:" + award.merchant().value() + ":" + award.kind() + ":" + award.customer();
        sql.query("select pg_advisory_xact_lock(hashtextextended(?, 0))", s -> s.setString(1, lock), r -> 1);
        long held = sql.queryOne("select count(*) from points_award where merchant_id = ? and customer_id = ?"
                + " and kind = ?", s -> {
            s.setString(1, award.merchant().value());
            s.setObject(2, award.customer().value());
            s.setString(3, award.kind().name());
        }, r -> r.getLong(1)).orElse(0L);
        return held < limit && claim(award);
    }

    @Override
    public List<PointsAward> awardedFor(MerchantId merchant, String orderNumber) {
        return sql.query("select " + COLUMNS + " from points_award where merchant_id = ? and order_number = ?"
                + " order by id", s -> {
            s.setString(1, merchant.value());
            s.setString(2, orderNumber);
        }, this::award);
    }

    private PointsAward award(ResultSet r) throws SQLException {
        String ruleCode = r.getString("rule_code");
        Optional<PointsRule> rule = ruleCode == null ? Optional.empty()
                : Optional.of(PointsRule.of(ruleCode, read(r.getString("rule_args"))));
        UUID invitee = r.getObject("invitee_id", UUID.class);
        return new PointsAward(r.getObject("id", UUID.class), MerchantId.of(r.getString("merchant_id")),
                PointsAward.Kind.valueOf(r.getString("kind")), new CustomerId(r.getObject("customer_id", UUID.class)),
                Optional.ofNullable(r.getString("order_number")), Optional.ofNullable(invitee).map(CustomerId::new),
                Money.ofMinor(r.getLong("basis_fen")), Points.of(r.getLong("points")), rule,
                Optional.ofNullable(r.getString("operation_key")), instant(r, "awarded_at"));
    }

    private Map<String, String> read(String text) {
        try {
            return json.readValue(text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored rule's arguments cannot be read", e);
        }
    }

    private String write(Map<String, String> args) {
        try {
            return json.writeValueAsString(args);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
