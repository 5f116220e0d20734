package dev.zhanggui.server.promotion;

import dev.zhanggui.promotion.CouponCode;
import dev.zhanggui.promotion.CouponCodeRepository;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.Keyset;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Redemption codes (兑换码) in coupon_code, unique per merchant; their redeemed counter is {@link JdbcCouponIssuance}'s. */
public class JdbcCouponCodeRepository implements CouponCodeRepository {
    /** Served by the index coupon_code_template (template_id, code); code is collated "C", as the cursor compares. */
    private static final Keyset<CouponCode> BY_CODE = Keyset.ascending(
            Keyset.text("code", CouponCode::code, CouponCode::wellFormed));
    private final JdbcStatements sql;

    public JdbcCouponCodeRepository(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<CouponCode> find(MerchantId merchant, String code) {
        return sql.queryOne("select merchant_id, code, template_id, redemption_limit from coupon_code "
                + "where merchant_id = ? and code = ?", s -> {
            s.setString(1, merchant.value());
            s.setString(2, code);
        }, JdbcCouponCodeRepository::code);
    }

    @Override
    public Page<CouponCode> listFor(MerchantId merchant, CouponTemplateId template, PageRequest page) {
        return sql.page("select merchant_id, code, template_id, redemption_limit from coupon_code "
                + "where merchant_id = ? and template_id = ?", List.of(merchant.value(), template.value()), BY_CODE,
                page, JdbcCouponCodeRepository::code);
    }

    /**
     * All or none: the codes go in with one statement that skips taken ones and returns those it
     * inserted; if one was taken, exactly the ones this call inserted are deleted again.
     */
    @Override
    public boolean addAll(Collection<CouponCode> codes) {
        if (codes.isEmpty()) {
            return true;
        }
        List<CouponCode> list = List.copyOf(codes);
        if (list.stream().map(c -> c.merchant().value() + "/" + c.code()).distinct().count() != list.size()) {
            return false;
        }
        MerchantId merchant = list.getFirst().merchant();
        List<String> inserted = sql.query("""
                insert into coupon_code (merchant_id, code, template_id, redemption_limit)
                select ?, c.code, c.template, c.redemption_limit
                from unnest (?::varchar[], ?::uuid[], ?::int[]) as c (code, template, redemption_limit)
                on conflict (merchant_id, code) do nothing returning code""", s -> {
            s.setString(1, merchant.value());
            s.setArray(2, s.getConnection().createArrayOf("varchar", list.stream().map(CouponCode::code).toArray()));
            s.setArray(3, s.getConnection().createArrayOf("uuid", list.stream().map(c -> c.template().value()).toArray()));
            s.setArray(4, s.getConnection().createArrayOf("integer", list.stream().map(CouponCode::redemptionLimit).toArray()));
        }, r -> r.getString(1));
        if (inserted.size() == list.size()) {
            return true;
        }
        sql.update("delete from coupon_code where merchant_id = ? and code = any (?)", s -> {
            s.setString(1, merchant.value());
            s.setArray(2, s.getConnection().createArrayOf("varchar", inserted.toArray()));
        });
        return false;
    }

    private static CouponCode code(ResultSet r) throws SQLException {
        return new CouponCode(MerchantId.of(r.getString(1)), r.getString(2),
                new CouponTemplateId(r.getObject(3, java.util.UUID.class)), r.getInt(4));
    }
}
