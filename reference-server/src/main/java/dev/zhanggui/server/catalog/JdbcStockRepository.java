package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockChangeReason;
import dev.zhanggui.catalog.StockLevel;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StockMovement;
import dev.zhanggui.catalog.StockMovementFilter;
import dev.zhanggui.catalog.StockRepository;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static dev.zhanggui.server.shared.JdbcStatements.utc;

/**
 * Stock levels and movements in PostgreSQL, in plain SQL: a level changes in one conditional
 * statement ({@code update ... where on_hand + delta >= reserved}) or under its row lock. The
 * central warehouse is the null store; queries compare {@link #LOCATION}, the very expression of the
 * unique index {@code stock_level_location} (with the nil UUID written out, as a bound value would
 * not match the index), with a location key, so that they never bind null and PostgreSQL finds the
 * row by that index even before it has statistics of the table.
 * Plain JDBC (no EntityManager), so that a second server instance runs the very same statements.
 */
public class JdbcStockRepository implements StockRepository {
    private static final UUID NIL = new UUID(0, 0);
    /** The expression of the unique index stock_level_location: a level's location key. */
    public static final String LOCATION = "coalesce(store_id, '00000000-0000-0000-0000-000000000000'::uuid)";
    private static final String LEVEL = "merchant_id = ? and sku_id = ? and " + LOCATION + " = ?";

    private final JdbcStatements sql;
    private final Runnable flushPending;

    /** @param flushPending writes what JPA holds of the transaction before a stock row refers to it */
    public JdbcStockRepository(JdbcStatements sql, Runnable flushPending) {
        this.sql = sql;
        this.flushPending = flushPending;
    }

    @Override
    public Optional<StockLevel> adjust(MerchantId merchant, SkuId sku, StockLocation location, int delta,
                                       int maxOnHand, Instant now) {
        flushPending.run();
        if (delta > 0) {
            createIfMissing(merchant, sku, location, now);
        }
        return sql.queryOne("""
                update stock_level set on_hand = on_hand + ?, updated_at = ?, version = version + 1
                where %s and on_hand + ? >= reserved and on_hand + ? <= ?
                returning on_hand, reserved""".formatted(LEVEL), s -> {
            s.setInt(1, delta);
            s.setObject(2, utc(now));
            bindLevel(s, 3, merchant, sku, location);
            s.setInt(6, delta);
            s.setInt(7, delta);
            s.setInt(8, maxOnHand);
        }, r -> toLevel(sku, location, r));
    }

    @Override
    public StockLevel lock(MerchantId merchant, SkuId sku, StockLocation location, Instant now) {
        flushPending.run();
        createIfMissing(merchant, sku, location, now);
        return sql.queryOne("select on_hand, reserved from stock_level where " + LEVEL + " for update",
                s -> bindLevel(s, 1, merchant, sku, location), r -> toLevel(sku, location, r)).orElseThrow();
    }

    @Override
    public StockLevel setOnHand(MerchantId merchant, SkuId sku, StockLocation location, int onHand, Instant now) {
        flushPending.run();
        return sql.queryOne("""
                update stock_level set on_hand = ?, updated_at = ?, version = version + 1
                where %s returning on_hand, reserved""".formatted(LEVEL), s -> {
            s.setInt(1, onHand);
            s.setObject(2, utc(now));
            bindLevel(s, 3, merchant, sku, location);
        }, r -> toLevel(sku, location, r)).orElseThrow();
    }

    @Override
    public Page<StockLevel> at(MerchantId merchant, StockLocation location, PageRequest page) {
        UUID after = page.afterPosition().map(JdbcStockRepository::cursorId).orElse(NIL);
        List<StockLevel> levels = sql.query("""
                select sku_id, on_hand, reserved from stock_level
                where merchant_id = ? and %s = ? and sku_id > ?
                order by sku_id limit ?""".formatted(LOCATION), s -> {
            s.setString(1, merchant.value());
            s.setObject(2, key(location));
            s.setObject(3, after);
            s.setInt(4, page.limit() + 1);
        }, r -> new StockLevel(new SkuId(JdbcStatements.uuid(r, "sku_id")), location, r.getInt("on_hand"),
                r.getInt("reserved")));
        return Page.fromOverfetch(levels, page.limit(), l -> l.sku().toString());
    }

    @Override
    public Map<SkuId, StockLevel> levels(MerchantId merchant, Collection<SkuId> skus, StockLocation location) {
        Map<SkuId, StockLevel> found = new HashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        sql.query("""
                select sku_id, on_hand, reserved from stock_level
                where merchant_id = ? and %s = ? and sku_id = any(?)""".formatted(LOCATION), s -> {
            s.setString(1, merchant.value());
            s.setObject(2, key(location));
            s.setArray(3, JdbcStatements.uuids(s, skus.stream().map(SkuId::value).distinct().toList()));
        }, r -> {
            SkuId sku = new SkuId(JdbcStatements.uuid(r, "sku_id"));
            return new StockLevel(sku, location, r.getInt("on_hand"), r.getInt("reserved"));
        }).forEach(level -> found.put(level.sku(), level));
        return found;
    }

    @Override
    public void record(MerchantId merchant, StockMovement movement) {
        flushPending.run();
        sql.update("""
                insert into stock_movement (id, merchant_id, sku_id, store_id, reason, note, delta,
                    on_hand_before, on_hand_after, actor, occurred_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", s -> {
            s.setObject(1, movement.id());
            s.setString(2, merchant.value());
            s.setObject(3, movement.sku().value());
            s.setObject(4, movement.location().store().map(StoreId::value).orElse(null), java.sql.Types.OTHER);
            s.setString(5, movement.reason().name());
            s.setString(6, movement.note().filter(n -> !n.isEmpty()).orElse(null));
            s.setInt(7, movement.delta());
            s.setInt(8, movement.onHandBefore());
            s.setInt(9, movement.onHandAfter());
            s.setString(10, movement.actor());
            s.setObject(11, utc(movement.occurredAt()));
        });
    }

    @Override
    public Page<StockMovement> movements(MerchantId merchant, StockMovementFilter filter, PageRequest page) {
        StringBuilder query = new StringBuilder("""
                select id, sku_id, store_id, reason, note, delta, on_hand_before, on_hand_after, actor, occurred_at
                from stock_movement where merchant_id = ?""");
        List<Object> values = new ArrayList<>();
        values.add(merchant.value());
        filter.sku().ifPresent(sku -> {
            query.append(" and sku_id = ?");
            values.add(sku.value());
        });
        filter.store().ifPresent(store -> {
            query.append(" and store_id = ?");
            values.add(store.value());
        });
        page.afterPosition().map(JdbcStockRepository::cursorId).ifPresent(after -> {
            query.append(" and id < ?");
            values.add(after);
        });
        query.append(" order by id desc limit ?");
        values.add(page.limit() + 1);
        List<StockMovement> rows = sql.query(query.toString(), s -> {
            for (int i = 0; i < values.size(); i++) {
                s.setObject(i + 1, values.get(i));
            }
        }, JdbcStockRepository::toMovement);
        return Page.fromOverfetch(rows, page.limit(), m -> m.id().toString());
    }

    private void createIfMissing(MerchantId merchant, SkuId sku, StockLocation location, Instant now) {
        sql.update("""
                insert into stock_level (id, merchant_id, sku_id, store_id, on_hand, reserved, updated_at, version)
                values (gen_random_uuid(), ?, ?, ?, 0, 0, ?, 0)
                on conflict do nothing""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, sku.value());
            s.setObject(3, location.store().map(StoreId::value).orElse(null), java.sql.Types.OTHER);
            s.setObject(4, utc(now));
        });
    }

    /** Binds merchant, SKU and location of {@link #LEVEL} from parameter {@code first} on. */
    private static void bindLevel(PreparedStatement s, int first, MerchantId merchant, SkuId sku,
                                  StockLocation location) throws SQLException {
        s.setString(first, merchant.value());
        s.setObject(first + 1, sku.value());
        s.setObject(first + 2, key(location));
    }

    private static UUID key(StockLocation location) {
        return location.store().map(StoreId::value).orElse(NIL);
    }

    private static StockLevel toLevel(SkuId sku, StockLocation location, ResultSet r) throws SQLException {
        return new StockLevel(sku, location, r.getInt("on_hand"), r.getInt("reserved"));
    }

    private static StockMovement toMovement(ResultSet r) throws SQLException {
        StockLocation location = StockLocation.of(Optional.ofNullable(JdbcStatements.uuid(r, "store_id"))
                .map(StoreId::new));
        return new StockMovement(JdbcStatements.uuid(r, "id"), new SkuId(JdbcStatements.uuid(r, "sku_id")), location,
                StockChangeReason.valueOf(r.getString("reason")), Optional.ofNullable(r.getString("note")),
                r.getInt("delta"), r.getInt("on_hand_before"), r.getInt("on_hand_after"), r.getString("actor"),
                JdbcStatements.instant(r, "occurred_at"));
    }

    private static UUID cursorId(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }
}
