package dev.zhanggui.server.pricing;

import dev.zhanggui.pricing.Carrier;
import dev.zhanggui.pricing.CarrierId;
import dev.zhanggui.pricing.CarrierRepository;
import dev.zhanggui.pricing.ShippingRate;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.Keyset;
import dev.zhanggui.server.shared.MerchantReferenceCache;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Money;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Carriers (物流公司) in carrier; regional rates are one jsonb document. */
public class JdbcCarrierRepository implements CarrierRepository {
    private static final String COLUMNS = """
            id, merchant_id, name, first_kg, per_additional_kg, regional_rates::text, enabled, version""";
    /** Served by the index carrier_merchant (merchant_id, id). */
    private static final Keyset<Carrier> IN_ORDER_ADDED = Keyset.ascending(Keyset.uuid("id", c -> c.id().value()));
    /** Every quote reads the merchant's carriers: kept in memory while its reference version holds. */
    private static final MerchantReferenceCache.Kind<List<Carrier>> ALL = new MerchantReferenceCache.Kind<>("carriers");
    private final JdbcStatements sql;
    private final MerchantReferenceCache cache;

    public JdbcCarrierRepository(JdbcStatements sql) {
        this(sql, MerchantReferenceCache.NONE);
    }

    public JdbcCarrierRepository(JdbcStatements sql, MerchantReferenceCache cache) {
        this.sql = sql;
        this.cache = cache;
    }

    @Override
    public Optional<Carrier> find(MerchantId merchant, CarrierId id) {
        return sql.queryOne("select " + COLUMNS + " from carrier where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, JdbcCarrierRepository::carrier);
    }

    @Override
    public List<Carrier> all(MerchantId merchant) {
        return cache.get(merchant, ALL, () -> List.copyOf(sql.query(
                "select " + COLUMNS + " from carrier where merchant_id = ? order by id",
                s -> s.setString(1, merchant.value()), JdbcCarrierRepository::carrier)));
    }

    @Override
    public Page<Carrier> list(MerchantId merchant, boolean enabledOnly, PageRequest page) {
        return sql.page("select " + COLUMNS + " from carrier where merchant_id = ?" + (enabledOnly ? " and enabled" : ""),
                List.of(merchant.value()), IN_ORDER_ADDED, page, JdbcCarrierRepository::carrier);
    }

    @Override
    public void add(Carrier carrier) {
        cache.wrote(carrier.merchant());
        sql.update("insert into carrier (" + COLUMNS.replace("::text", "") + ") values (?, ?, ?, ?, ?, ?::jsonb, ?, ?)",
                s -> {
                    s.setObject(1, carrier.id().value());
                    s.setString(2, carrier.merchant().value());
                    s.setString(3, carrier.name());
                    s.setBigDecimal(4, carrier.rate().firstKg().amount());
                    s.setBigDecimal(5, carrier.rate().perAdditionalKg().amount());
                    s.setString(6, PricingDocuments.regionalRates(carrier.regionalRates()));
                    s.setBoolean(7, carrier.enabled());
                    s.setLong(8, carrier.version());
                });
    }

    @Override
    public void update(Carrier carrier) {
        cache.wrote(carrier.merchant());
        int rows = sql.update("""
                update carrier set name = ?, first_kg = ?, per_additional_kg = ?, regional_rates = ?::jsonb,
                    enabled = ?, version = ?
                where id = ? and merchant_id = ? and version = ?""", s -> {
            s.setString(1, carrier.name());
            s.setBigDecimal(2, carrier.rate().firstKg().amount());
            s.setBigDecimal(3, carrier.rate().perAdditionalKg().amount());
            s.setString(4, PricingDocuments.regionalRates(carrier.regionalRates()));
            s.setBoolean(5, carrier.enabled());
            s.setLong(6, carrier.version());
            s.setObject(7, carrier.id().value());
            s.setString(8, carrier.merchant().value());
            s.setLong(9, carrier.version() - 1);
        });
        if (rows != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The carrier changed meanwhile");
        }
    }

    private static Carrier carrier(ResultSet r) throws SQLException {
        return new Carrier(new CarrierId(JdbcStatements.uuid(r, "id")), MerchantId.of(r.getString("merchant_id")),
                r.getString("name"), new ShippingRate(Money.of(r.getBigDecimal("first_kg")),
                Money.of(r.getBigDecimal("per_additional_kg"))),
                PricingDocuments.regionalRates(r.getString("regional_rates")), r.getBoolean("enabled"),
                r.getLong("version"));
    }
}
