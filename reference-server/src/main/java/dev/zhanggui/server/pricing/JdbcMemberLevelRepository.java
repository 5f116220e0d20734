package dev.zhanggui.server.pricing;

import dev.zhanggui.customer.MemberLevel;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.customer.MemberLevelRepository;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.Keyset;
import dev.zhanggui.server.shared.MerchantReferenceCache;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Points;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** Member levels (会员级别) in the member_level table. */
public class JdbcMemberLevelRepository implements MemberLevelRepository {
    private static final String COLUMNS = "id, merchant_id, name, points_requirement, discount_rate, version";
    /** Served by the unique (merchant_id, points_requirement) index. */
    private static final Keyset<MemberLevel> BY_REQUIREMENT = Keyset.ascending(
            Keyset.number("points_requirement", l -> l.pointsRequirement().value()),
            Keyset.uuid("id", l -> l.id().value()));
    /** Every quote reads the merchant's levels: kept in memory while its reference version holds. */
    private static final MerchantReferenceCache.Kind<List<MemberLevel>> ALL = new MerchantReferenceCache.Kind<>("member levels");
    private final JdbcStatements sql;
    private final MerchantReferenceCache cache;

    public JdbcMemberLevelRepository(JdbcStatements sql) {
        this(sql, MerchantReferenceCache.NONE);
    }

    public JdbcMemberLevelRepository(JdbcStatements sql, MerchantReferenceCache cache) {
        this.sql = sql;
        this.cache = cache;
    }

    @Override
    public Optional<MemberLevel> find(MerchantId merchant, MemberLevelId id) {
        return sql.queryOne("select " + COLUMNS + " from member_level where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, JdbcMemberLevelRepository::level);
    }

    @Override
    public List<MemberLevel> all(MerchantId merchant) {
        return cache.get(merchant, ALL, () -> List.copyOf(sql.query(
                "select " + COLUMNS + " from member_level where merchant_id = ? order by points_requirement",
                s -> s.setString(1, merchant.value()), JdbcMemberLevelRepository::level)));
    }

    @Override
    public Page<MemberLevel> list(MerchantId merchant, PageRequest page) {
        return sql.page("select " + COLUMNS + " from member_level where merchant_id = ?", List.of(merchant.value()),
                BY_REQUIREMENT, page, JdbcMemberLevelRepository::level);
    }

    @Override
    public void add(MemberLevel level) {
        cache.wrote(level.merchant());
        sql.update("insert into member_level (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?)", s -> {
            s.setObject(1, level.id().value());
            s.setString(2, level.merchant().value());
            s.setString(3, level.name());
            s.setLong(4, level.pointsRequirement().value());
            s.setBigDecimal(5, level.discountRate());
            s.setLong(6, level.version());
        });
    }

    @Override
    public void update(MemberLevel level) {
        cache.wrote(level.merchant());
        int rows = sql.update("""
                update member_level set name = ?, points_requirement = ?, discount_rate = ?, version = ?
                where merchant_id = ? and id = ? and version = ?""", s -> {
            s.setString(1, level.name());
            s.setLong(2, level.pointsRequirement().value());
            s.setBigDecimal(3, level.discountRate());
            s.setLong(4, level.version());
            s.setString(5, level.merchant().value());
            s.setObject(6, level.id().value());
            s.setLong(7, level.version() - 1);
        });
        if (rows != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The member level changed meanwhile");
        }
    }

    @Override
    public void remove(MerchantId merchant, MemberLevelId id) {
        cache.wrote(merchant);
        sql.update("delete from member_level where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        });
    }

    private static MemberLevel level(ResultSet r) throws SQLException {
        return new MemberLevel(new MemberLevelId(JdbcStatements.uuid(r, "id")), MerchantId.of(r.getString("merchant_id")),
                r.getString("name"), Points.of(r.getLong("points_requirement")),
                r.getBigDecimal("discount_rate").stripTrailingZeros(), r.getLong("version"));
    }
}
