package dev.zhanggui.server.pricing;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.PricedSku;
import dev.zhanggui.pricing.PricingCatalog;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.MerchantReferenceCache;
import dev.zhanggui.server.shared.TransactionMemo;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.sql.Array;
import java.util.Collection;
import java.util.Collections;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What a quote needs of the catalog, in one statement for the whole cart: each on-sale SKU with its
 * product, price, weight and its product's categories together with all their ancestors (so a
 * promotion on 茶叶 covers a product filed under 乌龙茶).
 *
 * <p>Kept across requests as the merchant's reference data ({@link MerchantReferenceCache}; V25
 * moves the reference version on every write to SKUs, product status, product categories and
 * categories): a SKU read once is answered from memory until the catalog changes. That statement
 * is the dearest of a quote to plan, and PostgreSQL plans it anew each time. A transaction that
 * writes the catalog and then quotes in it must say so ({@link MerchantReferenceCache#wrote}).
 */
public class SqlPricingCatalog implements PricingCatalog {
    private static final MerchantReferenceCache.Keyed<SkuId, PricedSku> PRICED =
            new MerchantReferenceCache.Keyed<>("priced skus");

    private final JdbcStatements sql;
    private final TransactionMemo memo;
    private final MerchantReferenceCache cache;

    public SqlPricingCatalog(JdbcStatements sql) {
        this(sql, TransactionMemo.NONE, MerchantReferenceCache.NONE);
    }

    /**
     * @param memo  keeps what was read for the rest of the unit of work (a cart change reads it twice)
     * @param cache keeps what was read across units of work, while the merchant's reference version holds
     */
    public SqlPricingCatalog(JdbcStatements sql, TransactionMemo memo, MerchantReferenceCache cache) {
        this.sql = sql;
        this.memo = memo;
        this.cache = cache;
    }

    private record Wanted(MerchantId merchant, Set<SkuId> skus) {
    }

    @Override
    public Map<SkuId, PricedSku> findAll(MerchantId merchant, Collection<SkuId> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return memo.get(new Wanted(merchant, Set.copyOf(skus)), () -> Collections.unmodifiableMap(
                cache.getAll(merchant, PRICED, skus, missing -> load(merchant, missing))));
    }

    private Map<SkuId, PricedSku> load(MerchantId merchant, Collection<SkuId> skus) {
        Map<SkuId, PricedSku> found = new HashMap<>();
        sql.query("""
                with recursive wanted as (
                    select s.id, s.product_id, s.price, s.currency, s.weight_grams from sku s
                    join product p on p.id = s.product_id
                    where s.merchant_id = ? and s.id = any (?) and p.status = 'ON_SALE'
                ), categories (product_id, category_id) as (
                    select pc.product_id, pc.category_id from product_category pc
                    where pc.product_id in (select product_id from wanted)
                    union
                    select c.product_id, parent.parent_id from categories c
                    join category parent on parent.id = c.category_id
                    where parent.parent_id is not null
                )
                select w.id, w.product_id, w.price, w.currency, w.weight_grams,
                    array(select category_id from categories c where c.product_id = w.product_id) as categories
                from wanted w""", s -> {
            s.setString(1, merchant.value());
            s.setArray(2, JdbcStatements.uuids(s, skus.stream().map(SkuId::value).toList()));
        }, r -> {
            Set<CategoryId> categories = new HashSet<>();
            Array array = r.getArray("categories");
            for (Object id : (Object[]) array.getArray()) {
                categories.add(new CategoryId((UUID) id));
            }
            SkuId sku = new SkuId(JdbcStatements.uuid(r, "id"));
            found.put(sku, new PricedSku(sku, new ProductId(JdbcStatements.uuid(r, "product_id")),
                    Money.of(r.getBigDecimal("price"), Currency.getInstance(r.getString("currency"))),
                    r.getInt("weight_grams"), categories));
            return sku;
        });
        return Collections.unmodifiableMap(found);
    }
}
