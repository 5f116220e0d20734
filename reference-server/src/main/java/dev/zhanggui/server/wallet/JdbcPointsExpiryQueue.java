package dev.zhanggui.server.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.wallet.PointsExpiryQueue;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.utc;

/**
 * Claims wallets with points due to expire: the points held at the cutoff (the last points entry
 * before it) less the points spent since, locked {@code for update skip locked} so that another
 * instance running the job at the same time takes other wallets.
 */
public class JdbcPointsExpiryQueue implements PointsExpiryQueue {
    private final JdbcStatements sql;

    public JdbcPointsExpiryQueue(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public List<Due> claim(MerchantId merchant, Instant cutoff, String operationKey, int limit) {
        return sql.query("""
                select w.customer_id, coalesce(h.held, 0) + coalesce(s.spent, 0)
                from wallet w
                left join lateral (select e.balance_after as held from wallet_entry e
                    where e.wallet_id = w.id and e.asset = 'POINTS' and e.occurred_at < ?
                    order by e.occurred_at desc, e.id desc limit 1) h on true
                left join lateral (select sum(e.amount) as spent from wallet_entry e
                    where e.wallet_id = w.id and e.asset = 'POINTS' and e.amount < 0 and e.occurred_at >= ?) s on true
                where w.merchant_id = ? and w.points > 0
                    and coalesce(h.held, 0) + coalesce(s.spent, 0) > 0
                    and not exists (select 1 from wallet_entry x where x.wallet_id = w.id and x.operation_key = ?)
                order by w.id limit ?
                for update of w skip locked""", s -> {
            s.setObject(1, utc(cutoff));
            s.setObject(2, utc(cutoff));
            s.setString(3, merchant.value());
            s.setString(4, operationKey);
            s.setInt(5, limit);
        }, r -> new Due(new CustomerId(r.getObject(1, UUID.class)), r.getLong(2)));
    }
}
