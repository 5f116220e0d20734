package dev.zhanggui.server.order;

import dev.zhanggui.order.OrderSequence;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.time.LocalDate;

/**
 * The daily order number sequence: one counter row per merchant and day, incremented in one
 * statement. It runs in a transaction of its own, so that the counter row is locked for a moment
 * only, not for the whole checkout it numbers (which would make a merchant's checkouts wait for
 * one another); a checkout that fails afterwards leaves a gap in the day's numbers, never a duplicate.
 */
public class JdbcOrderSequence implements OrderSequence {
    private final JdbcStatements sql;

    public JdbcOrderSequence(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public long next(MerchantId merchant, LocalDate day) {
        return QuarkusTransaction.requiringNew().call(() -> sql.queryOne("""
                insert into order_sequence (merchant_id, day, value) values (?, ?, 1)
                on conflict (merchant_id, day) do update set value = order_sequence.value + 1
                returning value""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, day);
        }, r -> r.getLong(1)).orElseThrow());
    }
}
