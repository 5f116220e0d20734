package dev.zhanggui.server.promotion;

import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.promotion.Promotion;
import dev.zhanggui.promotion.PromotionId;
import dev.zhanggui.promotion.PromotionRepository;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.Keyset;
import dev.zhanggui.server.shared.MerchantReferenceCache;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static dev.zhanggui.server.shared.JdbcStatements.utc;

/** Promotions (营销活动) in promotion; conditions and action are stored as {code, args} jsonb. */
public class JdbcPromotionRepository implements PromotionRepository {
    private static final String COLUMNS = """
            id, merchant_id, name, valid_from, valid_until, conditions::text, action::text, priority, enabled, version""";
    /** Served by the index promotion_merchant (merchant_id, id). */
    private static final Keyset<Promotion> NEWEST_FIRST = Keyset.newestFirst("id", p -> p.id().value());
    /**
     * Every quote reads the merchant's running promotions: the enabled ones that have not ended are
     * kept in memory while the reference version holds, and those running at the quote's time are
     * picked from them.
     */
    private static final MerchantReferenceCache.Kind<NotEnded> ENABLED_NOT_ENDED =
            new MerchantReferenceCache.Kind<>("enabled promotions not ended");
    private final JdbcStatements sql;
    private final MerchantReferenceCache cache;

    public JdbcPromotionRepository(JdbcStatements sql) {
        this(sql, MerchantReferenceCache.NONE);
    }

    public JdbcPromotionRepository(JdbcStatements sql, MerchantReferenceCache cache) {
        this.sql = sql;
        this.cache = cache;
    }

    @Override
    public Optional<Promotion> find(MerchantId merchant, PromotionId id) {
        return sql.queryOne("select " + COLUMNS + " from promotion where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        }, JdbcPromotionRepository::promotion);
    }

    @Override
    public Page<Promotion> list(MerchantId merchant, PageRequest page) {
        return sql.page("select " + COLUMNS + " from promotion where merchant_id = ?", List.of(merchant.value()),
                NEWEST_FIRST, page, JdbcPromotionRepository::promotion);
    }

    @Override
    public List<Promotion> running(MerchantId merchant, Instant at) {
        NotEnded candidates = cache.get(merchant, ENABLED_NOT_ENDED, () -> enabledNotEnded(merchant, at));
        if (at.isBefore(candidates.at())) { // asked about an earlier time: those ended since may run then
            candidates = enabledNotEnded(merchant, at);
        }
        return candidates.promotions().stream().filter(p -> p.runsAt(at)).toList();
    }

    /** The enabled promotions that had not ended at a time. */
    private record NotEnded(Instant at, List<Promotion> promotions) {
    }

    private NotEnded enabledNotEnded(MerchantId merchant, Instant at) {
        return new NotEnded(at, List.copyOf(sql.query("select " + COLUMNS + " from promotion where merchant_id = ? "
                + "and enabled and (valid_until is null or valid_until > ?) order by id", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, utc(at));
        }, JdbcPromotionRepository::promotion)));
    }

    @Override
    public void add(Promotion promotion) {
        cache.wrote(promotion.merchant());
        sql.update("insert into promotion (" + COLUMNS.replace("::text", "")
                + ") values (?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?)", s -> {
            s.setObject(1, promotion.id().value());
            s.setString(2, promotion.merchant().value());
            bindTerms(s, promotion, 3);
        });
    }

    @Override
    public void update(Promotion promotion) {
        cache.wrote(promotion.merchant());
        int rows = sql.update("""
                update promotion set name = ?, valid_from = ?, valid_until = ?, conditions = ?::jsonb,
                    action = ?::jsonb, priority = ?, enabled = ?, version = ?
                where id = ? and merchant_id = ? and version = ?""", s -> {
            bindTerms(s, promotion, 1);
            s.setObject(9, promotion.id().value());
            s.setString(10, promotion.merchant().value());
            s.setLong(11, promotion.version() - 1);
        });
        if (rows != 1) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT, "The promotion changed meanwhile");
        }
    }

    @Override
    public void remove(MerchantId merchant, PromotionId id) {
        cache.wrote(merchant);
        sql.update("delete from promotion where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, id.value());
        });
    }

    private static void bindTerms(PreparedStatement s, Promotion p, int first) throws SQLException {
        s.setString(first, p.name());
        s.setObject(first + 1, utc(p.window().from()));
        s.setObject(first + 2, p.window().until().map(JdbcStatements::utc).orElse(null));
        s.setString(first + 3, PromotionDocuments.rules(p.conditions()));
        s.setString(first + 4, PromotionDocuments.rule(p.action()));
        s.setInt(first + 5, p.priority());
        s.setBoolean(first + 6, p.enabled());
        s.setLong(first + 7, p.version());
    }

    private static Promotion promotion(ResultSet r) throws SQLException {
        return new Promotion(new PromotionId(JdbcStatements.uuid(r, "id")), MerchantId.of(r.getString("merchant_id")),
                r.getString("name"), new ValidityWindow(JdbcStatements.instant(r, "valid_from"),
                JdbcStatements.optionalInstant(r, "valid_until")), PromotionDocuments.rules(r.getString("conditions")),
                PromotionDocuments.rule(r.getString("action")), r.getInt("priority"), r.getBoolean("enabled"),
                r.getLong("version"));
    }
}
