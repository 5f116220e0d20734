package dev.zhanggui.server.shared;

import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The few JDBC moves the plain-JDBC adapters make (stock, orders, pricing, promotions, payments, check-ins,
 * withdrawals): a query mapped row by row, a keyset page of a query ({@link Keyset}), an update
 * counting its rows, a batch, each on the connection the data source enlisted in the current
 * transaction. A unique violation comes back as {@link UniqueViolation} so that callers can map it
 * to their error code.
 */
public final class JdbcStatements {
    private final DataSource dataSource;

    public JdbcStatements(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @FunctionalInterface
    public interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    public static final class UniqueViolation extends RuntimeException {
        UniqueViolation(SQLException cause) {
            super(cause);
        }
    }

    public <T> List<T> query(String sql, Binder binder, RowMapper<T> mapper) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            try (ResultSet r = s.executeQuery()) {
                List<T> rows = new ArrayList<>();
                while (r.next()) {
                    rows.add(mapper.map(r));
                }
                return rows;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("query failed", e);
        }
    }

    public <T> Optional<T> queryOne(String sql, Binder binder, RowMapper<T> mapper) {
        return query(sql, binder, mapper).stream().findFirst();
    }

    /**
     * One keyset page: {@code select} is a query up to and including its where clause, with
     * {@code values} for its parameters in order; the keyset adds the condition after the cursor's
     * position, the order and {@code limit n + 1} (the extra row only tells that a next page exists).
     */
    public <T> Page<T> page(String select, List<?> values, Keyset<T> keyset, PageRequest page, RowMapper<T> mapper) {
        List<Object> all = new ArrayList<>(values);
        StringBuilder sql = new StringBuilder(select);
        page.afterPosition().ifPresent(position -> {
            all.addAll(keyset.values(position));
            sql.append(" and ").append(keyset.after());
        });
        sql.append(" order by ").append(keyset.orderBy()).append(" limit ?");
        all.add(page.limit() + 1);
        List<T> rows = query(sql.toString(), s -> {
            for (int i = 0; i < all.size(); i++) {
                s.setObject(i + 1, all.get(i));
            }
        }, mapper);
        return Page.fromOverfetch(rows, page.limit(), keyset::position);
    }

    /** Runs an update and answers how many rows it changed. */
    public int update(String sql, Binder binder) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            binder.bind(s);
            return s.executeUpdate();
        } catch (SQLException e) {
            if ("23505".equals(e.getSQLState())) {
                throw new UniqueViolation(e);
            }
            throw new IllegalStateException("update failed", e);
        }
    }

    /** Runs one statement many times in a batch. */
    public <T> void batch(String sql, Collection<T> items, ItemBinder<T> binder) {
        if (items.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (T item : items) {
                binder.bind(s, item);
                s.addBatch();
            }
            s.executeBatch();
        } catch (SQLException e) {
            throw new IllegalStateException("batch failed", e);
        }
    }

    @FunctionalInterface
    public interface ItemBinder<T> {
        void bind(PreparedStatement statement, T item) throws SQLException;
    }

    public static java.sql.Array uuids(PreparedStatement s, Collection<UUID> ids) throws SQLException {
        return s.getConnection().createArrayOf("uuid", ids.toArray());
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant == null ? null : OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    public static Instant instant(ResultSet r, String column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static Instant instant(ResultSet r, int column) throws SQLException {
        OffsetDateTime t = r.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    public static Optional<Instant> optionalInstant(ResultSet r, String column) throws SQLException {
        return Optional.ofNullable(instant(r, column));
    }

    public static UUID uuid(ResultSet r, String column) throws SQLException {
        return r.getObject(column, UUID.class);
    }

    public static BigDecimal decimal(ResultSet r, String column) throws SQLException {
        return r.getBigDecimal(column);
    }
}
