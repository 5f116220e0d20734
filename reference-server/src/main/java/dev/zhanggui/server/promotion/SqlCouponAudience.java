package dev.zhanggui.server.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.LevelBasis;
import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.customer.MemberLevelRepository;
import dev.zhanggui.customer.MemberLevelSettings;
import dev.zhanggui.promotion.CouponAudience;
import dev.zhanggui.promotion.GrantTarget;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;

import java.util.List;
import java.util.UUID;

/**
 * The customers a grant (发券) reaches, in customer id order: all of the merchant's customers, those
 * with a tag, those at a level (their points on the merchant's basis reach the level's requirement
 * but not the next level's), or the listed ones that exist.
 */
public class SqlCouponAudience implements CouponAudience {
    /** A customer's points on each basis, from the wallet (none means zero). */
    private static final String POINTS = """
            coalesce((select case when ? = 'CURRENT' then w.points else coalesce((select sum(e.amount)
                from wallet_entry e where e.wallet_id = w.id and e.asset = 'POINTS' and e.amount > 0), 0) end
                from wallet w where w.merchant_id = c.merchant_id and w.customer_id = c.id), 0)""";

    private final JdbcStatements sql;
    private final MemberLevelRepository levels;
    private final MemberLevelSettings settings;

    public SqlCouponAudience(JdbcStatements sql, MemberLevelRepository levels, MemberLevelSettings settings) {
        this.sql = sql;
        this.levels = levels;
        this.settings = settings;
    }

    @Override
    public List<CustomerId> customers(MerchantId merchant, GrantTarget target) {
        return switch (target) {
            case GrantTarget.AllMembers all -> ids("select id from customer where merchant_id = ? order by id",
                    merchant, List.of());
            case GrantTarget.Tagged tagged -> ids("""
                    select customer_id from customer_tag where merchant_id = ? and tag = ? order by customer_id""",
                    merchant, List.of(tagged.tag().value()));
            case GrantTarget.AtLevel atLevel -> atLevel(merchant, atLevel);
            case GrantTarget.Listed listed -> listed.customers().isEmpty() ? List.of() : sql.query("""
                    select id from customer where merchant_id = ? and id = any (?) order by id""", s -> {
                s.setString(1, merchant.value());
                s.setArray(2, JdbcStatements.uuids(s, listed.customers().stream().map(CustomerId::value).toList()));
            }, r -> new CustomerId(r.getObject(1, UUID.class)));
        };
    }

    private List<CustomerId> atLevel(MerchantId merchant, GrantTarget.AtLevel target) {
        List<MemberLevel> all = levels.all(merchant);
        MemberLevel level = all.stream().filter(l -> l.id().equals(target.level())).findFirst().orElse(null);
        if (level == null) {
            return List.of();
        }
        long from = level.pointsRequirement().value();
        long until = all.stream().mapToLong(l -> l.pointsRequirement().value()).filter(p -> p > from).min()
                .orElse(Long.MAX_VALUE);
        LevelBasis basis = settings.basis(merchant);
        return sql.query("select c.id from customer c where c.merchant_id = ? and " + POINTS + " >= ? and "
                + POINTS + " < ? order by c.id", s -> {
            s.setString(1, merchant.value());
            s.setString(2, basis.name());
            s.setLong(3, from);
            s.setString(4, basis.name());
            s.setLong(5, until);
        }, r -> new CustomerId(r.getObject(1, UUID.class)));
    }

    private List<CustomerId> ids(String query, MerchantId merchant, List<String> more) {
        return sql.query(query, s -> {
            s.setString(1, merchant.value());
            for (int i = 0; i < more.size(); i++) {
                s.setString(i + 2, more.get(i));
            }
        }, r -> new CustomerId(r.getObject(1, UUID.class)));
    }
}
