package dev.zhanggui.server.order;

import dev.zhanggui.order.OrderSequence;
import dev.zhanggui.shared.MerchantId;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;

/**
 * The daily order number sequence: one counter row per merchant and day, incremented in one
 * statement on a connection of its own small pool that is not enlisted in transactions (each
 * increment commits at once). So the counter row is locked for a moment only, not for the whole
 * checkout it numbers (which would make a merchant's checkouts wait for one another), and a checkout
 * never waits for a second connection of the pool its own transaction holds one of (50 checkouts
 * at once would otherwise take every connection and wait for one more). A checkout that fails
 * afterwards leaves a gap in the day's numbers, never a duplicate.
 */
public class JdbcOrderSequence implements OrderSequence {
    private final DataSource numbers;

    /** @param numbers connections in auto-commit mode, outside any transaction */
    public JdbcOrderSequence(DataSource numbers) {
        this.numbers = numbers;
    }

    @Override
    public long next(MerchantId merchant, LocalDate day) {
        try (Connection c = numbers.getConnection(); PreparedStatement s = c.prepareStatement("""
                insert into order_sequence (merchant_id, day, value) values (?, ?, 1)
                on conflict (merchant_id, day) do update set value = order_sequence.value + 1
                returning value""")) {
            s.setString(1, merchant.value());
            s.setObject(2, day);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not draw an order number", e);
        }
    }
}
