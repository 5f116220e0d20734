package dev.zhanggui.server.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.pricing.LevelPrice;
import dev.zhanggui.pricing.LevelPriceRepository;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.Keyset;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Level prices (等级会员价) in the level_price table; a quote reads its SKUs' prices in one statement. */
public class JdbcLevelPriceRepository implements LevelPriceRepository {
    /** Served by the primary key (level_id, sku_id). */
    private static final Keyset<LevelPrice> BY_SKU = Keyset.ascending(Keyset.uuid("sku_id", p -> p.sku().value()));
    private final JdbcStatements sql;

    public JdbcLevelPriceRepository(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public Map<SkuId, LevelPrice> findAll(MerchantId merchant, MemberLevelId level, Collection<SkuId> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        Map<SkuId, LevelPrice> prices = new HashMap<>();
        sql.query("select merchant_id, level_id, sku_id, price from level_price "
                + "where merchant_id = ? and level_id = ? and sku_id = any (?)", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, level.value());
            s.setArray(3, JdbcStatements.uuids(s, skus.stream().map(SkuId::value).toList()));
        }, JdbcLevelPriceRepository::price).forEach(p -> prices.put(p.sku(), p));
        return prices;
    }

    @Override
    public Page<LevelPrice> listForLevel(MerchantId merchant, MemberLevelId level, PageRequest page) {
        return sql.page("select merchant_id, level_id, sku_id, price from level_price where merchant_id = ? "
                + "and level_id = ?", List.of(merchant.value(), level.value()), BY_SKU, page,
                JdbcLevelPriceRepository::price);
    }

    @Override
    public void put(LevelPrice price) {
        // Only a SKU of the same merchant can be priced: the insert selects it.
        int rows = sql.update("""
                insert into level_price (merchant_id, level_id, sku_id, price)
                select merchant_id, ?, id, ? from sku where merchant_id = ? and id = ?
                on conflict (level_id, sku_id) do update set price = excluded.price""", s -> {
            s.setObject(1, price.level().value());
            s.setBigDecimal(2, price.price().amount());
            s.setString(3, price.merchant().value());
            s.setObject(4, price.sku().value());
        });
        if (rows != 1) {
            throw DomainException.invalidField("sku", ErrorCode.SKU_NOT_FOUND, "No SKU " + price.sku());
        }
    }

    @Override
    public void remove(MerchantId merchant, MemberLevelId level, SkuId sku) {
        sql.update("delete from level_price where merchant_id = ? and level_id = ? and sku_id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, level.value());
            s.setObject(3, sku.value());
        });
    }

    private static LevelPrice price(ResultSet r) throws SQLException {
        return new LevelPrice(MerchantId.of(r.getString(1)), new MemberLevelId(r.getObject(2, UUID.class)),
                new SkuId(r.getObject(3, UUID.class)), Money.of(r.getBigDecimal(4)));
    }
}
