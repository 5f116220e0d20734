package dev.zhanggui.server.promotion;

import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.promotion.CouponTemplateRepository;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.Keyset;
import dev.zhanggui.server.shared.MerchantReferenceCache;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Money;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Coupon templates (优惠券) in coupon_template. The issued counter on the same row belongs to
 * {@link JdbcCouponIssuance}: nothing here reads or writes it.
 */
public class JdbcCouponTemplateRepository implements CouponTemplateRepository {
    private static final String COLUMNS = """
            id, merchant_id, name, benefit::text, minimum_spend, scope::text, validity::text, total_quantity,
            per_customer_limit, stackable, enabled, version""";
    /** Served by the index coupon_template_merchant (merchant_id, id). */
    private static final Keyset<CouponTemplate> NEWEST_FIRST = Keyset.newestFirst("id", t -> t.id().value());
    private static final MerchantReferenceCache.Keyed<CouponTemplateId, CouponTemplate> TEMPLATES =
            new MerchantReferenceCache.Keyed<>("coupon templates");
    private final JdbcStatements sql;
    private final MerchantReferenceCache cache;

    public JdbcCouponTemplateRepository(JdbcStatements sql) {
        this(sql, MerchantReferenceCache.NONE);
    }

    /** @param cache keeps templates read by {@link #findAll} while the merchant's reference version holds (V27) */
    public JdbcCouponTemplateRepository(JdbcStatements sql, MerchantReferenceCache cache) {
        this.sql = sql;
        this.cache = cache;
    }

    @Override
    public Optional<CouponTemplate> find(MerchantId merchant, CouponTemplateId id) {
        return sql.queryOne("select " + COLUMNS + " from coupon_template where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, JdbcCouponTemplateRepository::template);
    }

    @Override
    public Map<CouponTemplateId, CouponTemplate> findAll(MerchantId merchant, Collection<CouponTemplateId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return cache.getAll(merchant, TEMPLATES, ids, missing -> {
            Map<CouponTemplateId, CouponTemplate> found = new HashMap<>();
            sql.query("select " + COLUMNS + " from coupon_template where merchant_id = ? and id = any (?)", s -> {
                s.setString(1, merchant.value());
                s.setArray(2, JdbcStatements.uuids(s, missing.stream().map(CouponTemplateId::value).toList()));
            }, JdbcCouponTemplateRepository::template).forEach(t -> found.put(t.id(), t));
            return found;
        });
    }

    @Override
    public Page<CouponTemplate> list(MerchantId merchant, PageRequest page) {
        return sql.page("select " + COLUMNS + " from coupon_template where merchant_id = ?", List.of(merchant.value()),
                NEWEST_FIRST, page, JdbcCouponTemplateRepository::template);
    }

    @Override
    public void add(CouponTemplate t) {
        cache.wrote(t.merchant());
        sql.update("insert into coupon_template (" + COLUMNS.replace("::text", "")
                + ") values (?, ?, ?, ?::jsonb, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, t.id().value());
            s.setString(2, t.merchant().value());
            bindTerms(s, t, 3);
        });
    }

    @Override
    public void update(CouponTemplate t) {
        cache.wrote(t.merchant());
        // A total may not drop below what was issued already (the row's check would refuse it too).
        int rows = sql.update("""
                update coupon_template set name = ?, benefit = ?::jsonb, minimum_spend = ?, scope = ?::jsonb,
                    validity = ?::jsonb, total_quantity = ?, per_customer_limit = ?, stackable = ?, enabled = ?,
                    version = ?
                where id = ? and merchant_id = ? and version = ? and issued <= ?""", s -> {
            bindTerms(s, t, 1);
            s.setObject(11, t.id().value());
            s.setString(12, t.merchant().value());
            s.setLong(13, t.version() - 1);
            s.setInt(14, t.totalQuantity());
        });
        if (rows != 1) {
            boolean sameVersion = !sql.query("select 1 from coupon_template where id = ? and version = ?", s -> {
                s.setObject(1, t.id().value());
                s.setLong(2, t.version() - 1);
            }, r -> 1).isEmpty();
            if (sameVersion) {
                throw DomainException.invalidField("totalQuantity", ErrorCode.COUPON_TEMPLATE_INVALID,
                        "The total quantity cannot be less than the coupons issued already");
            }
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The coupon template changed meanwhile");
        }
    }

    private static void bindTerms(PreparedStatement s, CouponTemplate t, int first) throws SQLException {
        s.setString(first, t.name());
        s.setString(first + 1, PromotionDocuments.benefit(t.benefit()));
        s.setBigDecimal(first + 2, t.minimumSpend().amount());
        s.setString(first + 3, PromotionDocuments.scope(t.scope()));
        s.setString(first + 4, PromotionDocuments.validity(t.validity()));
        s.setInt(first + 5, t.totalQuantity());
        s.setInt(first + 6, t.perCustomerLimit());
        s.setBoolean(first + 7, t.stackableWithPromotions());
        s.setBoolean(first + 8, t.enabled());
        s.setLong(first + 9, t.version());
    }

    private static CouponTemplate template(ResultSet r) throws SQLException {
        return new CouponTemplate(new CouponTemplateId(JdbcStatements.uuid(r, "id")),
                MerchantId.of(r.getString("merchant_id")), r.getString("name"),
                PromotionDocuments.benefit(r.getString("benefit")), Money.of(r.getBigDecimal("minimum_spend")),
                PromotionDocuments.scope(r.getString("scope")), PromotionDocuments.validity(r.getString("validity")),
                r.getInt("total_quantity"), r.getInt("per_customer_limit"), r.getBoolean("stackable"),
                r.getBoolean("enabled"), r.getLong("version"));
    }
}
