package dev.zhanggui.server.order;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderSettings;
import dev.zhanggui.order.OrderTimers;
import dev.zhanggui.order.PaymentTerms;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.MerchantReferenceCache;
import dev.zhanggui.server.shared.JdbcStatements.Binder;
import dev.zhanggui.server.shared.TransactionMemo;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.PointsRate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Optional;

/**
 * Order settings in PostgreSQL: a row per merchant that changed them (else the defaults), the time
 * zone from the merchant itself, and payment terms set for single customers. Both are kept as the
 * merchant's reference data ({@link MerchantReferenceCache}; V28 moves the version on every write).
 */
public class JdbcOrderSettings implements OrderSettings {
    private static final MerchantReferenceCache.Kind<MerchantOrderSettings> SETTINGS =
            new MerchantReferenceCache.Kind<>("order settings");
    private static final MerchantReferenceCache.Keyed<CustomerId, PaymentTerms> TERMS =
            new MerchantReferenceCache.Keyed<>("payment terms");
    private final JdbcStatements sql;
    private final TransactionMemo memo;
    private final MerchantReferenceCache cache;

    private record SettingsOf(MerchantId merchant) {
    }

    public JdbcOrderSettings(JdbcStatements sql) {
        this(sql, TransactionMemo.NONE, MerchantReferenceCache.NONE);
    }

    /**
     * @param memo  keeps a merchant's settings for the rest of the transaction that read them
     * @param cache keeps settings and customers' terms across transactions while the reference version holds
     */
    public JdbcOrderSettings(JdbcStatements sql, TransactionMemo memo, MerchantReferenceCache cache) {
        this.sql = sql;
        this.memo = memo;
        this.cache = cache;
    }

    @Override
    public MerchantOrderSettings of(MerchantId merchant) {
        return memo.get(new SettingsOf(merchant), () -> cache.get(merchant, SETTINGS, () -> read(merchant)));
    }

    private MerchantOrderSettings read(MerchantId merchant) {
        return sql.queryOne("""
                select m.time_zone, s.number_prefix, s.payment_timeout_seconds, s.receipt_period_seconds,
                       s.review_required, s.points_per_unit, s.points_unit_fen, s.first_order_may_pay_cod,
                       s.returning_may_pay_cod, s.unsettled_cod_blocks_next, s.points_max_share_percent
                from merchant m left join order_setting s on s.merchant_id = m.id
                where m.id = ?""", s -> s.setString(1, merchant.value()), JdbcOrderSettings::settings)
                .orElse(MerchantOrderSettings.DEFAULT);
    }

    private static MerchantOrderSettings settings(ResultSet r) throws SQLException {
        ZoneId zone = ZoneId.of(r.getString(1));
        MerchantOrderSettings d = MerchantOrderSettings.DEFAULT;
        if (r.getString(2) == null) {
            return new MerchantOrderSettings(zone, d.numberPrefix(), d.timers(), d.pointsRate(), d.terms());
        }
        return new MerchantOrderSettings(zone, r.getString(2),
                new OrderTimers(Duration.ofSeconds(r.getLong(3)), Duration.ofSeconds(r.getLong(4)), r.getBoolean(5)),
                PointsRate.of(r.getLong(6), Money.ofMinor(r.getLong(7))),
                new PaymentTerms(r.getBoolean(8), r.getBoolean(9), r.getBoolean(10)), r.getInt(11));
    }

    @Override
    public Optional<PaymentTerms> termsFor(MerchantId merchant, CustomerId customer) {
        return Optional.ofNullable(cache.get(merchant, TERMS, customer, c -> readTerms(merchant, c).orElse(null)));
    }

    private Optional<PaymentTerms> readTerms(MerchantId merchant, CustomerId customer) {
        return sql.queryOne("""
                select first_order_may_pay_cod, returning_may_pay_cod, unsettled_cod_blocks_next
                from customer_payment_terms where merchant_id = ? and customer_id = ?""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, customer.value());
        }, r -> new PaymentTerms(r.getBoolean(1), r.getBoolean(2), r.getBoolean(3)));
    }

    /**
     * Also forgets the settings this transaction read before: a change reads the version first and
     * the settings after it, so the settings it merges into are never older than the version it
     * saves at (newer ones only make the conditional save refuse).
     */
    @Override
    public long version(MerchantId merchant) {
        memo.forget(new SettingsOf(merchant));
        cache.wrote(merchant);
        return sql.queryOne("select version from order_setting where merchant_id = ?",
                s -> s.setString(1, merchant.value()), r -> r.getLong(1)).orElse(0L);
    }

    /**
     * The first save inserts (version 1; a concurrent first save finds the row and changes nothing),
     * later ones update at the expected version: a concurrent save waits for the row, then finds its
     * version moved on and changes nothing.
     */
    @Override
    public boolean save(MerchantId merchant, MerchantOrderSettings s, long expectedVersion) {
        memo.forget(new SettingsOf(merchant));
        cache.wrote(merchant);
        Binder values = st -> {
            st.setString(1, s.numberPrefix());
            st.setLong(2, s.timers().paymentTimeout().toSeconds());
            st.setLong(3, s.timers().receiptPeriod().toSeconds());
            st.setBoolean(4, s.timers().reviewRequired());
            st.setLong(5, s.pointsRate().points());
            st.setLong(6, s.pointsRate().worth().minorUnits());
            st.setBoolean(7, s.terms().firstOrderMayPayOnDelivery());
            st.setBoolean(8, s.terms().returningMayPayOnDelivery());
            st.setBoolean(9, s.terms().unsettledCodBlocksNext());
            st.setInt(10, s.pointsMaxSharePercent());
            st.setString(11, merchant.value());
        };
        if (expectedVersion == 0) {
            return sql.update("""
                    insert into order_setting (number_prefix, payment_timeout_seconds, receipt_period_seconds,
                        review_required, points_per_unit, points_unit_fen, first_order_may_pay_cod, returning_may_pay_cod,
                        unsettled_cod_blocks_next, points_max_share_percent, merchant_id, version)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)
                    on conflict (merchant_id) do nothing""", values) == 1;
        }
        return sql.update("""
                update order_setting set number_prefix = ?, payment_timeout_seconds = ?, receipt_period_seconds = ?,
                    review_required = ?, points_per_unit = ?, points_unit_fen = ?, first_order_may_pay_cod = ?,
                    returning_may_pay_cod = ?, unsettled_cod_blocks_next = ?, points_max_share_percent = ?,
                    version = version + 1
                where merchant_id = ? and version = ?""", st -> {
            values.bind(st);
            st.setLong(12, expectedVersion);
        }) == 1;
    }

    @Override
    public void saveTerms(MerchantId merchant, CustomerId customer, Optional<PaymentTerms> terms) {
        cache.wrote(merchant);
        if (terms.isEmpty()) {
            sql.update("delete from customer_payment_terms where merchant_id = ? and customer_id = ?", s -> {
                s.setString(1, merchant.value());
                s.setObject(2, customer.value());
            });
            return;
        }
        PaymentTerms t = terms.get();
        sql.update("""
                insert into customer_payment_terms (merchant_id, customer_id, first_order_may_pay_cod,
                    returning_may_pay_cod, unsettled_cod_blocks_next) values (?, ?, ?, ?, ?)
                on conflict (merchant_id, customer_id) do update set
                    first_order_may_pay_cod = excluded.first_order_may_pay_cod,
                    returning_may_pay_cod = excluded.returning_may_pay_cod,
                    unsettled_cod_blocks_next = excluded.unsettled_cod_blocks_next""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, customer.value());
            s.setBoolean(3, t.firstOrderMayPayOnDelivery());
            s.setBoolean(4, t.returningMayPayOnDelivery());
            s.setBoolean(5, t.unsettledCodBlocksNext());
        });
    }
}
