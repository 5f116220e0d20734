package dev.zhanggui.server.aftersale;

import dev.zhanggui.aftersale.PointsClawback;
import dev.zhanggui.aftersale.PointsClawbackRepository;
import dev.zhanggui.aftersale.RefundId;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.instant;
import static dev.zhanggui.server.shared.JdbcStatements.utc;

/** Points clawbacks in PostgreSQL, one row per refund; what is still owed is found by a partial index. */
public class JdbcPointsClawbackRepository implements PointsClawbackRepository {
    private static final String COLUMNS = "refund_id, merchant_id, customer_id, order_number, due, taken, at";

    private final JdbcStatements sql;

    public JdbcPointsClawbackRepository(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public void add(PointsClawback c) {
        sql.update("insert into points_clawback (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (refund_id) do nothing", s -> {
            s.setObject(1, c.refund().value());
            s.setString(2, c.merchant().value());
            s.setObject(3, c.customer().value());
            s.setString(4, c.orderNumber());
            s.setLong(5, c.due().value());
            s.setLong(6, c.taken().value());
            s.setObject(7, utc(c.at()));
        });
    }

    @Override
    public void update(PointsClawback c) {
        sql.update("update points_clawback set taken = ? where merchant_id = ? and refund_id = ?", s -> {
            s.setLong(1, c.taken().value());
            s.setString(2, c.merchant().value());
            s.setObject(3, c.refund().value());
        });
    }

    @Override
    public List<PointsClawback> ofOrder(MerchantId merchant, String orderNumber) {
        return sql.query("select " + COLUMNS + " from points_clawback where merchant_id = ? and order_number = ? "
                + "order by at, refund_id", s -> {
            s.setString(1, merchant.value());
            s.setString(2, orderNumber);
        }, JdbcPointsClawbackRepository::clawback);
    }

    @Override
    public List<PointsClawback> owedBy(MerchantId merchant, CustomerId customer) {
        return sql.query("select " + COLUMNS + " from points_clawback where merchant_id = ? and customer_id = ? "
                + "and taken < due order by at, refund_id", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, customer.value());
        }, JdbcPointsClawbackRepository::clawback);
    }

    private static PointsClawback clawback(ResultSet r) throws SQLException {
        return new PointsClawback(new RefundId(r.getObject("refund_id", UUID.class)),
                MerchantId.of(r.getString("merchant_id")), new CustomerId(r.getObject("customer_id", UUID.class)),
                r.getString("order_number"), Points.of(r.getLong("due")), Points.of(r.getLong("taken")),
                instant(r, "at"));
    }
}
