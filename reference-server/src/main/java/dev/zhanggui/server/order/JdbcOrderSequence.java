package dev.zhanggui.server.order;

import dev.zhanggui.order.OrderSequence;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;

import java.time.LocalDate;

/**
 * The daily order number sequence: one counter row per merchant and day, incremented in one
 * statement. The statement commits on its own, outside the checkout it numbers, so that the
 * counter row is locked for a moment only, not for the whole checkout (which would make a
 * merchant's checkouts wait for one another); a checkout that fails afterwards leaves a gap in the
 * day's numbers, never a duplicate.
 *
 * <p>The statements run on a pool of their own whose connections commit each statement
 * (autocommit). Drawing in a new transaction on the checkout's pool instead would make each
 * checkout hold two connections at once: with as many checkouts running as the pool has
 * connections, every one of them would wait for a second connection that only another waiting
 * checkout could give back, until the pool's acquisition timeout failed them all.
 */
public class JdbcOrderSequence implements OrderSequence {
    private final JdbcStatements sql;

    /** @param sql statements on the sequence's own autocommit data source, never the checkout's connection */
    public JdbcOrderSequence(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public long next(MerchantId merchant, LocalDate day) {
        return sql.queryOne("""
                insert into order_sequence (merchant_id, day, value) values (?, ?, 1)
                on conflict (merchant_id, day) do update set value = order_sequence.value + 1
                returning value""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, day);
        }, r -> r.getLong(1)).orElseThrow();
    }
}
