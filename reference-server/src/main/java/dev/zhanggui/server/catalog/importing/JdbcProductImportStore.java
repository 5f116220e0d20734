package dev.zhanggui.server.catalog.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.ProductRepository;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.StockLevel;
import dev.zhanggui.catalog.StockMovement;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.catalog.importing.ProductImportStore;
import dev.zhanggui.server.catalog.JdbcStockRepository;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Points;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.catalog.importing.JdbcImportJobRepository.utc;

/**
 * The import's view of the catalog in PostgreSQL: products are read a few thousand at a time and
 * written with JDBC batches (one round trip per table and chunk), in the caller's transaction.
 * Rows are the same as {@link dev.zhanggui.server.catalog.JpaProductRepository} writes; the
 * session is flushed and cleared first so that no managed entity goes stale.
 */
@ApplicationScoped
public class JdbcProductImportStore implements ProductImportStore {
    private static final int READ_CHUNK = 5000;

    @Inject
    EntityManager em;
    @Inject
    ProductRepository products;
    @Inject
    ObjectMapper json;
    @Inject
    Clock clock;

    @Override
    public Map<String, Product> lockByCodes(MerchantId merchant, Collection<String> codes) {
        Map<String, Product> byCode = new HashMap<>();
        List<String> all = List.copyOf(codes);
        for (int from = 0; from < all.size(); from += READ_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + READ_CHUNK));
            List<?> ids = em.createNativeQuery("select cast(id as varchar) from product where merchant_id = ?1"
                            + " and code = any(cast(?2 as varchar[])) order by id for update")
                    .setParameter(1, merchant.value()).setParameter(2, chunk.toArray(String[]::new)).getResultList();
            List<ProductId> productIds = ids.stream().map(id -> new ProductId(UUID.fromString((String) id))).toList();
            products.findAll(merchant, productIds).forEach(p -> byCode.put(p.code(), p));
        }
        return byCode;
    }

    @Override
    public Map<String, String> skuCodeOwners(MerchantId merchant, Collection<String> skuCodes) {
        Map<String, String> owners = new HashMap<>();
        if (skuCodes.isEmpty()) {
            return owners;
        }
        List<?> rows = em.createNativeQuery("select s.code, p.code from sku s join product p on p.id = s.product_id"
                        + " where s.merchant_id = ?1 and s.code = any(cast(?2 as varchar[]))")
                .setParameter(1, merchant.value()).setParameter(2, skuCodes.toArray(String[]::new)).getResultList();
        rows.forEach(r -> owners.put((String) ((Object[]) r)[0], (String) ((Object[]) r)[1]));
        return owners;
    }

    @Override
    public void store(List<Product> added, List<Product> changed) {
        em.flush();
        em.clear();
        Instant now = clock.instant();
        em.unwrap(Session.class).doWork(connection -> {
            try {
                removeGoneSkus(connection, changed);
                insertProducts(connection, added, now);
                updateProducts(connection, changed, now);
                upsertSkus(connection, added, changed);
                replaceCategories(connection, added, changed);
            } catch (SQLException e) {
                throw refusal(e);
            }
        });
        added.forEach(p -> p.stored(0));
        changed.forEach(p -> p.stored(p.version() + 1));
    }

    private static void removeGoneSkus(Connection c, List<Product> changed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "delete from sku where product_id = ? and not (id = any(?))")) {
            for (Product p : changed) {
                ps.setObject(1, p.id().value());
                ps.setArray(2, c.createArrayOf("uuid", p.skus().stream().map(s -> s.id().value()).toArray()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertProducts(Connection c, List<Product> added, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into product (code, name, barcode, description, images, specs, sort_order, status,
                    lowest_price, updated_at, id, merchant_id, sales_count, created_at, version)
                values (?, ?, ?, ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, 0)""")) {
            for (Product p : added) {
                int i = productColumns(ps, p, now);
                ps.setObject(i++, p.id().value());
                ps.setString(i++, p.merchant().value());
                ps.setLong(i++, p.salesCount());
                ps.setObject(i, utc(p.createdAt()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void updateProducts(Connection c, List<Product> changed, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                update product set code = ?, name = ?, barcode = ?, description = ?, images = cast(? as jsonb),
                    specs = cast(? as jsonb), sort_order = ?, status = ?, lowest_price = ?, updated_at = ?,
                    version = version + 1
                where id = ? and merchant_id = ? and version = ?""")) {
            for (Product p : changed) {
                int i = productColumns(ps, p, now);
                ps.setObject(i++, p.id().value());
                ps.setString(i++, p.merchant().value());
                ps.setLong(i, p.version());
                ps.addBatch();
            }
            for (int count : ps.executeBatch()) {
                if (count == 0) {
                    throw new DomainException(ErrorCode.VERSION_CONFLICT, "A product changed while it was imported");
                }
            }
        }
    }

    /** Sets the columns a product's row shares between insert and update; returns the next index. */
    private int productColumns(PreparedStatement ps, Product p, Instant now) throws SQLException {
        ps.setString(1, p.code());
        ps.setString(2, p.details().name());
        ps.setString(3, p.details().barcode().orElse(null));
        ps.setString(4, p.details().description().orElse(null));
        ps.setString(5, write(p.details().images()));
        ps.setString(6, write(p.specs()));
        ps.setInt(7, p.details().sortOrder());
        ps.setString(8, p.status().name());
        ps.setBigDecimal(9, p.lowestPrice().amount());
        ps.setObject(10, utc(now));
        return 11;
    }

    private void upsertSkus(Connection c, List<Product> added, List<Product> changed) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("""
                insert into sku (id, merchant_id, product_id, position, spec_values, code, barcode, currency,
                    list_price, price, points_price, weight_grams, cost_price)
                values (?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (id) do update set position = excluded.position, spec_values = excluded.spec_values,
                    code = excluded.code, barcode = excluded.barcode, currency = excluded.currency,
                    list_price = excluded.list_price, price = excluded.price, points_price = excluded.points_price,
                    weight_grams = excluded.weight_grams,
                    cost_price = coalesce(excluded.cost_price, sku.cost_price)""")) {
            for (List<Product> group : List.of(added, changed)) {
                for (Product p : group) {
                    int position = 0;
                    for (Sku s : p.skus()) {
                        ps.setObject(1, s.id().value());
                        ps.setString(2, p.merchant().value());
                        ps.setObject(3, p.id().value());
                        ps.setInt(4, position++);
                        ps.setString(5, write(s.specValues()));
                        ps.setString(6, s.code());
                        ps.setString(7, s.barcode().orElse(null));
                        ps.setString(8, s.price().currency().getCurrencyCode());
                        ps.setBigDecimal(9, s.listPrice().amount());
                        ps.setBigDecimal(10, s.price().amount());
                        if (s.pointsPrice().isPresent()) {
                            ps.setLong(11, s.pointsPrice().map(Points::value).orElseThrow());
                        } else {
                            ps.setNull(11, Types.BIGINT);
                        }
                        ps.setInt(12, s.weightGrams());
                        // A blank cost cell keeps the stored cost, like every blank cell of an update.
                        ps.setBigDecimal(13, s.costPrice().map(Money::amount).orElse(null));
                        ps.addBatch();
                    }
                }
            }
            ps.executeBatch();
        }
    }

    private static void replaceCategories(Connection c, List<Product> added, List<Product> changed)
            throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("delete from product_category where product_id = ?")) {
            for (Product p : changed) {
                delete.setObject(1, p.id().value());
                delete.addBatch();
            }
            delete.executeBatch();
        }
        try (PreparedStatement insert = c.prepareStatement(
                "insert into product_category (product_id, category_id, merchant_id) values (?, ?, ?)")) {
            for (List<Product> group : List.of(added, changed)) {
                for (Product p : group) {
                    for (CategoryId category : p.details().categories()) {
                        insert.setObject(1, p.id().value());
                        insert.setObject(2, category.value());
                        insert.setString(3, p.merchant().value());
                        insert.addBatch();
                    }
                }
            }
            insert.executeBatch();
        }
    }

    @Override
    public void setStock(MerchantId merchant, List<StockLevel> levels, List<StockMovement> movements, Instant now) {
        em.flush();
        em.unwrap(Session.class).doWork(c -> {
            try (PreparedStatement level = c.prepareStatement("""
                    insert into stock_level (id, merchant_id, sku_id, store_id, on_hand, reserved, updated_at, version)
                    values (gen_random_uuid(), ?, ?, ?, ?, 0, ?, 0)
                    on conflict (sku_id, %s)
                    do update set on_hand = excluded.on_hand, updated_at = excluded.updated_at,
                        version = stock_level.version + 1
                    where stock_level.reserved <= excluded.on_hand""".formatted(JdbcStockRepository.LOCATION));
                 PreparedStatement movement = c.prepareStatement("""
                         insert into stock_movement (id, merchant_id, sku_id, store_id, reason, note, delta,
                             on_hand_before, on_hand_after, actor, occurred_at)
                         values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                for (StockLevel l : levels) {
                    level.setString(1, merchant.value());
                    level.setObject(2, l.sku().value());
                    level.setObject(3, l.location().store().map(StoreId::value).orElse(null), Types.OTHER);
                    level.setInt(4, l.onHand());
                    level.setObject(5, utc(now));
                    level.addBatch();
                }
                for (int count : level.executeBatch()) {
                    if (count == 0) {
                        throw new DomainException(ErrorCode.STOCK_INSUFFICIENT,
                                "Orders reserved stock while the import ran; nothing was imported");
                    }
                }
                for (StockMovement m : movements) {
                    movement.setObject(1, m.id());
                    movement.setString(2, merchant.value());
                    movement.setObject(3, m.sku().value());
                    movement.setObject(4, m.location().store().map(StoreId::value).orElse(null), Types.OTHER);
                    movement.setString(5, m.reason().name());
                    movement.setString(6, m.note().orElse(null));
                    movement.setInt(7, m.delta());
                    movement.setInt(8, m.onHandBefore());
                    movement.setInt(9, m.onHandAfter());
                    movement.setString(10, m.actor());
                    movement.setObject(11, utc(m.occurredAt()));
                    movement.addBatch();
                }
                movement.executeBatch();
            } catch (SQLException e) {
                throw refusal(e);
            }
        });
    }

    /** A unique code taken meanwhile (by a concurrent write) is the merchant's problem; anything else is ours. */
    private static RuntimeException refusal(SQLException e) {
        String text = e.getMessage() + (e.getNextException() == null ? "" : e.getNextException().getMessage());
        if (text.contains("sku_code_unique")) {
            return new DomainException(ErrorCode.SKU_CODE_TAKEN,
                    "A SKU code of the file was taken meanwhile; nothing was imported");
        }
        if (text.contains("product_code_unique")) {
            return new DomainException(ErrorCode.PRODUCT_CODE_TAKEN,
                    "A product code of the file was taken meanwhile; nothing was imported");
        }
        return new IllegalStateException("Import write failed", e);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
