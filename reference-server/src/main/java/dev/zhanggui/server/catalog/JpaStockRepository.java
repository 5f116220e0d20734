package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.StockChangeReason;
import dev.zhanggui.catalog.StockLevel;
import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.catalog.StockMovement;
import dev.zhanggui.catalog.StockMovementFilter;
import dev.zhanggui.catalog.StockRepository;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Stock levels and movements in PostgreSQL, in plain SQL: a level changes in one conditional
 * statement ({@code update ... where on_hand + :delta >= reserved}) or under its row lock. The
 * central warehouse is the null store; queries compare {@code coalesce(store_id, NIL)} with a
 * location key so that they match the unique index {@code stock_level_location} and never bind null.
 */
@ApplicationScoped
public class JpaStockRepository implements StockRepository {
    private static final UUID NIL = new UUID(0, 0);
    private static final String LEVEL = "merchant_id = :m and sku_id = :sku and coalesce(store_id, :nil) = :loc";

    @Inject
    EntityManager em;

    @Override
    public Optional<StockLevel> adjust(MerchantId merchant, SkuId sku, StockLocation location, int delta,
                                       int maxOnHand, Instant now) {
        if (delta > 0) {
            createIfMissing(merchant, sku, location, now);
        }
        List<?> rows = level("""
                update stock_level set on_hand = on_hand + :delta, updated_at = :now, version = version + 1
                where %s and on_hand + :delta >= reserved and on_hand + :delta <= :max
                returning on_hand, reserved""".formatted(LEVEL), merchant, sku, location)
                .setParameter("delta", delta).setParameter("now", utc(now)).setParameter("max", maxOnHand)
                .getResultList();
        return rows.stream().findFirst().map(row -> toLevel(sku, location, (Object[]) row));
    }

    @Override
    public StockLevel lock(MerchantId merchant, SkuId sku, StockLocation location, Instant now) {
        createIfMissing(merchant, sku, location, now);
        Object[] row = (Object[]) level("select on_hand, reserved from stock_level where " + LEVEL + " for update",
                merchant, sku, location).getSingleResult();
        return toLevel(sku, location, row);
    }

    @Override
    public StockLevel setOnHand(MerchantId merchant, SkuId sku, StockLocation location, int onHand, Instant now) {
        Object[] row = (Object[]) level("""
                update stock_level set on_hand = :q, updated_at = :now, version = version + 1
                where %s returning on_hand, reserved""".formatted(LEVEL), merchant, sku, location)
                .setParameter("q", onHand).setParameter("now", utc(now)).getSingleResult();
        return toLevel(sku, location, row);
    }

    @Override
    public Page<StockLevel> at(MerchantId merchant, StockLocation location, PageRequest page) {
        UUID after = page.afterPosition().map(JpaStockRepository::cursorId).orElse(NIL);
        List<?> rows = em.createNativeQuery("""
                        select sku_id, on_hand, reserved from stock_level
                        where merchant_id = :m and coalesce(store_id, :nil) = :loc and sku_id > :after
                        order by sku_id limit :n""")
                .setParameter("m", merchant.value()).setParameter("nil", NIL).setParameter("loc", key(location))
                .setParameter("after", after).setParameter("n", page.limit() + 1).getResultList();
        List<StockLevel> levels = rows.stream().map(r -> (Object[]) r)
                .map(r -> new StockLevel(new SkuId((UUID) r[0]), location, number(r[1]), number(r[2]))).toList();
        return Page.fromOverfetch(levels, page.limit(), l -> l.sku().toString());
    }

    @Override
    public Map<SkuId, StockLevel> levels(MerchantId merchant, Collection<SkuId> skus, StockLocation location) {
        Map<SkuId, StockLevel> found = new HashMap<>();
        if (skus.isEmpty()) {
            return found;
        }
        List<?> rows = em.createNativeQuery("""
                        select sku_id, on_hand, reserved from stock_level
                        where merchant_id = :m and coalesce(store_id, :nil) = :loc and sku_id in (:skus)""")
                .setParameter("m", merchant.value()).setParameter("nil", NIL).setParameter("loc", key(location))
                .setParameter("skus", skus.stream().map(SkuId::value).distinct().toList()).getResultList();
        rows.stream().map(r -> (Object[]) r).forEach(r -> {
            SkuId sku = new SkuId((UUID) r[0]);
            found.put(sku, new StockLevel(sku, location, number(r[1]), number(r[2])));
        });
        return found;
    }

    @Override
    public void record(MerchantId merchant, StockMovement movement) {
        em.createNativeQuery("""
                        insert into stock_movement (id, merchant_id, sku_id, store_id, reason, note, delta,
                            on_hand_before, on_hand_after, actor, occurred_at)
                        values (:id, :m, :sku, nullif(:loc, :nil), :reason, nullif(:note, ''), :delta,
                            :before, :after, :actor, :at)""")
                .setParameter("id", movement.id()).setParameter("m", merchant.value())
                .setParameter("sku", movement.sku().value()).setParameter("loc", key(movement.location()))
                .setParameter("nil", NIL).setParameter("reason", movement.reason().name())
                .setParameter("note", movement.note().orElse("")).setParameter("delta", movement.delta())
                .setParameter("before", movement.onHandBefore()).setParameter("after", movement.onHandAfter())
                .setParameter("actor", movement.actor()).setParameter("at", utc(movement.occurredAt()))
                .executeUpdate();
    }

    @Override
    public Page<StockMovement> movements(MerchantId merchant, StockMovementFilter filter, PageRequest page) {
        StringBuilder sql = new StringBuilder("""
                select id, sku_id, store_id, reason, note, delta, on_hand_before, on_hand_after, actor, occurred_at
                from stock_movement where merchant_id = :m""");
        filter.sku().ifPresent(s -> sql.append(" and sku_id = :sku"));
        filter.store().ifPresent(s -> sql.append(" and store_id = :store"));
        Optional<UUID> after = page.afterPosition().map(JpaStockRepository::cursorId);
        after.ifPresent(a -> sql.append(" and id < :after"));
        sql.append(" order by id desc limit :n");
        Query query = em.createNativeQuery(sql.toString()).setParameter("m", merchant.value())
                .setParameter("n", page.limit() + 1);
        filter.sku().ifPresent(s -> query.setParameter("sku", s.value()));
        filter.store().ifPresent(s -> query.setParameter("store", s.value()));
        after.ifPresent(a -> query.setParameter("after", a));
        List<StockMovement> rows = ((List<?>) query.getResultList()).stream().map(r -> toMovement((Object[]) r))
                .toList();
        return Page.fromOverfetch(rows, page.limit(), m -> m.id().toString());
    }

    private void createIfMissing(MerchantId merchant, SkuId sku, StockLocation location, Instant now) {
        em.createNativeQuery("""
                        insert into stock_level (id, merchant_id, sku_id, store_id, on_hand, reserved, updated_at, version)
                        values (gen_random_uuid(), :m, :sku, nullif(:loc, :nil), 0, 0, :now, 0)
                        on conflict do nothing""")
                .setParameter("m", merchant.value()).setParameter("sku", sku.value())
                .setParameter("loc", key(location)).setParameter("nil", NIL).setParameter("now", utc(now))
                .executeUpdate();
    }

    private Query level(String sql, MerchantId merchant, SkuId sku, StockLocation location) {
        return em.createNativeQuery(sql).setParameter("m", merchant.value()).setParameter("sku", sku.value())
                .setParameter("nil", NIL).setParameter("loc", key(location));
    }

    private static UUID key(StockLocation location) {
        return location.store().map(StoreId::value).orElse(NIL);
    }

    private static StockLevel toLevel(SkuId sku, StockLocation location, Object[] row) {
        return new StockLevel(sku, location, number(row[0]), number(row[1]));
    }

    private static StockMovement toMovement(Object[] r) {
        StockLocation location = StockLocation.of(Optional.ofNullable((UUID) r[2]).map(StoreId::new));
        return new StockMovement((UUID) r[0], new SkuId((UUID) r[1]), location, StockChangeReason.valueOf((String) r[3]),
                Optional.ofNullable((String) r[4]), number(r[5]), number(r[6]), number(r[7]), (String) r[8],
                instant(r[9]));
    }

    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static Instant instant(Object value) {
        return switch (value) {
            case Instant i -> i;
            case OffsetDateTime o -> o.toInstant();
            case java.sql.Timestamp t -> t.toInstant();
            default -> throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
        };
    }

    private static UUID cursorId(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
