package dev.zhanggui.server.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.promotion.Coupon;
import dev.zhanggui.promotion.CouponId;
import dev.zhanggui.promotion.CouponRepository;
import dev.zhanggui.promotion.CouponSource;
import dev.zhanggui.promotion.CouponStatus;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.Keyset;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static dev.zhanggui.server.shared.JdbcStatements.utc;

/** The coupons customers hold (我的优惠券) in coupon; a change is conditional on the stored version. */
public class JdbcCouponRepository implements CouponRepository {
    private static final String COLUMNS = """
            id, merchant_id, template_id, customer_id, valid_from, valid_until, source, issued_at, status, order_ref,
            used_at, version""";
    /** Served by the index coupon_holder (merchant_id, customer_id, id desc). */
    private static final Keyset<Coupon> NEWEST_FIRST = Keyset.newestFirst("id", c -> c.id().value());
    private final JdbcStatements sql;

    public JdbcCouponRepository(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Coupon> find(MerchantId merchant, CouponId id) {
        return sql.queryOne("select " + COLUMNS + " from coupon where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, JdbcCouponRepository::coupon);
    }

    @Override
    public List<Coupon> heldBy(MerchantId merchant, CustomerId customer) {
        return sql.query("select " + COLUMNS + " from coupon where merchant_id = ? and customer_id = ? order by id desc",
                s -> {
                    s.setString(1, merchant.value());
                    s.setObject(2, customer.value());
                }, JdbcCouponRepository::coupon);
    }

    @Override
    public Page<Coupon> heldBy(MerchantId merchant, CustomerId customer, Optional<CouponStatus> status, Instant at,
                               PageRequest page) {
        List<Object> values = new ArrayList<>(List.of(merchant.value(), customer.value()));
        String condition = status.map(s -> statusAt(s, at, values)).orElse("");
        return sql.page("select " + COLUMNS + " from coupon where merchant_id = ? and customer_id = ?" + condition,
                values, NEWEST_FIRST, page, JdbcCouponRepository::coupon);
    }

    /** {@link Coupon#statusAt} in SQL: an available coupon whose window ended by {@code at} is expired. */
    private static String statusAt(CouponStatus status, Instant at, List<Object> values) {
        return switch (status) {
            case AVAILABLE -> {
                values.add(utc(at));
                yield " and status = 'AVAILABLE' and (valid_until is null or valid_until > ?)";
            }
            case EXPIRED -> {
                values.add(utc(at));
                yield " and (status = 'EXPIRED' or (status = 'AVAILABLE' and valid_until <= ?))";
            }
            case RESERVED, USED -> {
                values.add(status.name());
                yield " and status = ?";
            }
        };
    }

    @Override
    public void add(Coupon c) {
        sql.update("insert into coupon (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, c.id().value());
            s.setString(2, c.merchant().value());
            s.setObject(3, c.template().value());
            s.setObject(4, c.holder().value());
            s.setObject(5, utc(c.window().from()));
            s.setObject(6, c.window().until().map(JdbcStatements::utc).orElse(null));
            s.setString(7, c.source().name());
            s.setObject(8, utc(c.issuedAt()));
            s.setString(9, c.status().name());
            s.setString(10, c.order().orElse(null));
            s.setObject(11, c.usedAt().map(JdbcStatements::utc).orElse(null));
            s.setLong(12, c.version());
        });
    }

    @Override
    public void update(Coupon c, long expectedStoredVersion) {
        int rows = sql.update("""
                update coupon set status = ?, order_ref = ?, used_at = ?, version = ?
                where id = ? and merchant_id = ? and version = ?""", s -> {
            s.setString(1, c.status().name());
            s.setString(2, c.order().orElse(null));
            s.setObject(3, c.usedAt().map(JdbcStatements::utc).orElse(null));
            s.setLong(4, c.version());
            s.setObject(5, c.id().value());
            s.setString(6, c.merchant().value());
            s.setLong(7, expectedStoredVersion);
        });
        if (rows != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The coupon changed meanwhile");
        }
    }

    private static Coupon coupon(ResultSet r) throws SQLException {
        return new Coupon(new CouponId(JdbcStatements.uuid(r, "id")), MerchantId.of(r.getString("merchant_id")),
                new CouponTemplateId(JdbcStatements.uuid(r, "template_id")),
                new CustomerId(JdbcStatements.uuid(r, "customer_id")),
                new ValidityWindow(JdbcStatements.instant(r, "valid_from"), JdbcStatements.optionalInstant(r, "valid_until")),
                CouponSource.valueOf(r.getString("source")), JdbcStatements.instant(r, "issued_at"),
                CouponStatus.valueOf(r.getString("status")), Optional.ofNullable(r.getString("order_ref")),
                JdbcStatements.optionalInstant(r, "used_at"), r.getLong("version"));
    }
}
