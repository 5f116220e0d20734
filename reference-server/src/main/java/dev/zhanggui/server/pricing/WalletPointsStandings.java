package dev.zhanggui.server.pricing;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.PointsStanding;
import dev.zhanggui.customer.PointsStandings;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Points;

/**
 * A customer's points standing read from the wallet (积分): current points are the wallet's points;
 * lifetime earned points are the sum of the positive points entries of its ledger (what was ever
 * credited, whatever was spent since). No wallet means no points.
 */
public class WalletPointsStandings implements PointsStandings {
    private final JdbcStatements sql;

    public WalletPointsStandings(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public PointsStanding standingOf(MerchantId merchant, CustomerId customer) {
        return sql.queryOne("""
                select w.points, coalesce((select sum(e.amount) from wallet_entry e
                    where e.wallet_id = w.id and e.asset = 'POINTS' and e.amount > 0), 0)
                from wallet w where w.merchant_id = ? and w.customer_id = ?""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, customer.value());
        }, r -> new PointsStanding(Points.of(r.getLong(2)), Points.of(r.getLong(1)))).orElse(PointsStanding.NONE);
    }
}
