package dev.zhanggui.server.pricing;

import dev.zhanggui.customer.LevelBasis;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.customer.MemberLevelSettings;
import dev.zhanggui.pricing.PricingSettings;
import dev.zhanggui.pricing.UnitPriceRule;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.promotion.GiftPackSettings;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.server.shared.MerchantReferenceCache;
import dev.zhanggui.server.shared.TransactionMemo;
import dev.zhanggui.shared.MerchantId;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A merchant's pricing settings in one row (pricing_setting): the member level basis, the unit
 * price rule and the new-member gift pack. No row means the defaults; a change upserts it.
 */
public class JdbcPricingSettings implements PricingSettings, MemberLevelSettings, GiftPackSettings {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JdbcStatements sql;
    private final TransactionMemo memo;

    /** The level basis and unit price rule of a merchant, as one row read once per transaction. */
    private record Rules(Optional<String> unitPriceRule, Optional<String> levelBasis) {
    }

    private record RulesOf(MerchantId merchant) {
    }

    /** Every quote reads the rules: kept in memory while the merchant's reference version holds. */
    private static final MerchantReferenceCache.Kind<Rules> RULES = new MerchantReferenceCache.Kind<>("pricing rules");
    private final MerchantReferenceCache cache;

    public JdbcPricingSettings(JdbcStatements sql) {
        this(sql, TransactionMemo.NONE, MerchantReferenceCache.NONE);
    }

    public JdbcPricingSettings(JdbcStatements sql, TransactionMemo memo, MerchantReferenceCache cache) {
        this.sql = sql;
        this.memo = memo;
        this.cache = cache;
    }

    @Override
    public UnitPriceRule unitPriceRule(MerchantId merchant) {
        return rules(merchant).unitPriceRule().map(UnitPriceRule::valueOf).orElse(UnitPriceRule.LOWEST);
    }

    @Override
    public void setUnitPriceRule(MerchantId merchant, UnitPriceRule rule) {
        upsert(merchant, "unit_price_rule", rule.name());
    }

    @Override
    public LevelBasis basis(MerchantId merchant) {
        return rules(merchant).levelBasis().map(LevelBasis::valueOf).orElse(LevelBasis.LIFETIME_EARNED);
    }

    @Override
    public void setBasis(MerchantId merchant, LevelBasis basis) {
        upsert(merchant, "level_basis", basis.name());
    }

    @Override
    public List<CouponTemplateId> giftPack(MerchantId merchant) {
        return column(merchant, "gift_pack::text").map(text -> {
            try {
                return Arrays.stream(JSON.readValue(text, String[].class))
                        .map(id -> new CouponTemplateId(UUID.fromString(id))).toList();
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("unreadable gift pack of " + merchant, e);
            }
        }).orElse(List.of());
    }

    @Override
    public void setGiftPack(MerchantId merchant, List<CouponTemplateId> templates) {
        try {
            String text = JSON.writeValueAsString(templates.stream().map(t -> t.value().toString()).toList());
            cache.wrote(merchant);
            sql.update("""
                    insert into pricing_setting (merchant_id, gift_pack) values (?, ?::jsonb)
                    on conflict (merchant_id) do update set gift_pack = excluded.gift_pack""", s -> {
                s.setString(1, merchant.value());
                s.setString(2, text);
            });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Rules rules(MerchantId merchant) {
        return memo.get(new RulesOf(merchant), () -> cache.get(merchant, RULES, () -> sql.queryOne(
                "select unit_price_rule, level_basis from pricing_setting where merchant_id = ?",
                s -> s.setString(1, merchant.value()),
                r -> new Rules(Optional.ofNullable(r.getString(1)), Optional.ofNullable(r.getString(2))))
                .orElse(new Rules(Optional.empty(), Optional.empty()))));
    }

    private java.util.Optional<String> column(MerchantId merchant, String column) {
        return sql.queryOne("select " + column + " from pricing_setting where merchant_id = ?",
                s -> s.setString(1, merchant.value()), r -> r.getString(1));
    }

    private void upsert(MerchantId merchant, String column, String value) {
        memo.forget(new RulesOf(merchant));
        cache.wrote(merchant);
        sql.update("insert into pricing_setting (merchant_id, " + column + ") values (?, ?) "
                + "on conflict (merchant_id) do update set " + column + " = excluded." + column, s -> {
            s.setString(1, merchant.value());
            s.setString(2, value);
        });
    }
}
