package dev.zhanggui.server.wallet;

import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.wallet.TopUpPlan;
import dev.zhanggui.wallet.TopUpPlanId;
import dev.zhanggui.wallet.TopUpPlanRepository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.instant;
import static dev.zhanggui.server.shared.JdbcStatements.utc;

/** Top-up plans in PostgreSQL; an update is conditional on the version it read. */
public class JdbcTopUpPlanRepository implements TopUpPlanRepository {
    private static final String COLUMNS = "id, merchant_id, name, amount_fen, bonus_fen, active, created_at, version";

    private final JdbcStatements sql;

    public JdbcTopUpPlanRepository(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(TopUpPlan p) {
        sql.update("insert into topup_plan (" + COLUMNS + ", updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, now())", s -> {
            s.setObject(1, p.id().value());
            s.setString(2, p.merchant().value());
            s.setString(3, p.name());
            s.setLong(4, p.amount().minorUnits());
            s.setLong(5, p.bonus().minorUnits());
            s.setBoolean(6, p.active());
            s.setObject(7, utc(p.createdAt()));
            s.setLong(8, p.version());
        });
    }

    @Override
    public Optional<TopUpPlan> find(MerchantId merchant, TopUpPlanId id) {
        return sql.queryOne("select " + COLUMNS + " from topup_plan where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, JdbcTopUpPlanRepository::plan);
    }

    @Override
    public List<TopUpPlan> list(MerchantId merchant, boolean activeOnly) {
        return sql.query("select " + COLUMNS + " from topup_plan where merchant_id = ?"
                + (activeOnly ? " and active" : "") + " order by amount_fen, id limit " + MAX_PLANS,
                s -> s.setString(1, merchant.value()), JdbcTopUpPlanRepository::plan);
    }

    @Override
    public TopUpPlan update(TopUpPlan p) {
        int changed = sql.update("""
                update topup_plan set name = ?, amount_fen = ?, bonus_fen = ?, active = ?, updated_at = now(),
                    version = version + 1
                where merchant_id = ? and id = ? and version = ?""", s -> {
            s.setString(1, p.name());
            s.setLong(2, p.amount().minorUnits());
            s.setLong(3, p.bonus().minorUnits());
            s.setBoolean(4, p.active());
            s.setString(5, p.merchant().value());
            s.setObject(6, p.id().value());
            s.setLong(7, p.version());
        });
        if (changed != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The top-up plan changed meanwhile");
        }
        return new TopUpPlan(p.id(), p.merchant(), p.name(), p.amount(), p.bonus(), p.active(), p.createdAt(),
                p.version() + 1);
    }

    @Override
    public boolean delete(MerchantId merchant, TopUpPlanId id) {
        return sql.update("delete from topup_plan where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }) == 1;
    }

    private static TopUpPlan plan(ResultSet r) throws SQLException {
        return new TopUpPlan(new TopUpPlanId(r.getObject(1, UUID.class)), MerchantId.of(r.getString(2)),
                r.getString(3), Money.ofMinor(r.getLong(4)), Money.ofMinor(r.getLong(5)), r.getBoolean(6),
                instant(r, 7), r.getLong(8));
    }
}
