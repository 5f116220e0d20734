package dev.zhanggui.server.pricing;

import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.pricing.FlashPrice;
import dev.zhanggui.pricing.FlashPriceId;
import dev.zhanggui.pricing.FlashPriceRepository;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.Keyset;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Money;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import static dev.zhanggui.server.shared.JdbcStatements.utc;

/** Time-limited prices (限时购) in flash_price. */
public class JdbcFlashPriceRepository implements FlashPriceRepository {
    private static final String COLUMNS = "id, merchant_id, sku_id, price, valid_from, valid_until, per_customer_cap, version";
    /** Served by the index flash_price_merchant (merchant_id, id) of V16. */
    private static final Keyset<FlashPrice> NEWEST_FIRST = Keyset.newestFirst("id", p -> p.id().value());
    private final JdbcStatements sql;

    public JdbcFlashPriceRepository(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<FlashPrice> find(MerchantId merchant, FlashPriceId id) {
        return sql.queryOne("select " + COLUMNS + " from flash_price where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, JdbcFlashPriceRepository::price);
    }

    @Override
    public Page<FlashPrice> list(MerchantId merchant, PageRequest page) {
        return sql.page("select " + COLUMNS + " from flash_price where merchant_id = ?", List.of(merchant.value()),
                NEWEST_FIRST, page, JdbcFlashPriceRepository::price);
    }

    @Override
    public List<FlashPrice> running(MerchantId merchant, Collection<SkuId> skus, Instant at) {
        if (skus.isEmpty()) {
            return List.of();
        }
        return sql.query("select " + COLUMNS + " from flash_price where merchant_id = ? and sku_id = any (?) "
                + "and valid_from <= ? and valid_until > ? order by id", s -> {
            s.setString(1, merchant.value());
            s.setArray(2, JdbcStatements.uuids(s, skus.stream().map(SkuId::value).toList()));
            s.setObject(3, utc(at));
            s.setObject(4, utc(at));
        }, JdbcFlashPriceRepository::price);
    }

    @Override
    public void add(FlashPrice price) {
        // Only a SKU of the same merchant can have a time-limited price: the insert selects it.
        int rows = sql.update("insert into flash_price (" + COLUMNS + ") select ?, merchant_id, id, ?, ?, ?, ?, ? "
                + "from sku where merchant_id = ? and id = ?", s -> {
            s.setObject(1, price.id().value());
            s.setBigDecimal(2, price.price().amount());
            s.setObject(3, utc(price.window().from()));
            s.setObject(4, utc(price.window().until().orElseThrow()));
            setCap(s, 5, price.perCustomerCap());
            s.setLong(6, price.version());
            s.setString(7, price.merchant().value());
            s.setObject(8, price.sku().value());
        });
        if (rows != 1) {
            throw DomainException.invalidField("sku", ErrorCode.SKU_NOT_FOUND, "No SKU " + price.sku());
        }
    }

    @Override
    public void update(FlashPrice price) {
        int rows = sql.update("""
                update flash_price set price = ?, valid_from = ?, valid_until = ?, per_customer_cap = ?, version = ?
                where id = ? and merchant_id = ? and version = ?""", s -> {
            s.setBigDecimal(1, price.price().amount());
            s.setObject(2, utc(price.window().from()));
            s.setObject(3, utc(price.window().until().orElseThrow()));
            setCap(s, 4, price.perCustomerCap());
            s.setLong(5, price.version());
            s.setObject(6, price.id().value());
            s.setString(7, price.merchant().value());
            s.setLong(8, price.version() - 1);
        });
        if (rows != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The time-limited price changed meanwhile");
        }
    }

    @Override
    public void remove(MerchantId merchant, FlashPriceId id) {
        sql.update("delete from flash_price where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        });
    }

    private static void setCap(java.sql.PreparedStatement s, int index, OptionalInt cap) throws SQLException {
        if (cap.isPresent()) {
            s.setInt(index, cap.getAsInt());
        } else {
            s.setNull(index, Types.INTEGER);
        }
    }

    private static FlashPrice price(ResultSet r) throws SQLException {
        int cap = r.getInt("per_customer_cap");
        OptionalInt perCustomerCap = r.wasNull() ? OptionalInt.empty() : OptionalInt.of(cap);
        return new FlashPrice(new FlashPriceId(JdbcStatements.uuid(r, "id")), MerchantId.of(r.getString("merchant_id")),
                new SkuId(JdbcStatements.uuid(r, "sku_id")), Money.of(r.getBigDecimal("price")),
                new ValidityWindow(JdbcStatements.instant(r, "valid_from"), JdbcStatements.optionalInstant(r, "valid_until")),
                perCustomerCap, r.getLong("version"));
    }
}
