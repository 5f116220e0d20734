package dev.zhanggui.server.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.promotion.CouponIssuance;
import dev.zhanggui.promotion.CouponTemplateId;
import dev.zhanggui.promotion.IssueOutcome;
import dev.zhanggui.promotion.IssueRequest;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Coupon limits as conditional updates of counter rows, in the caller's transaction and in a fixed
 * order: the template's issued count, then the customer's holding (inserted on first use), then
 * the code's redeemed count. Each update matches only while its counter is below its limit and
 * holds the row lock until the transaction ends, so concurrent claims on any number of server
 * instances queue on the template row and none can push a counter past a limit. When a later
 * update matches no row, the counters this request raised are lowered again (under the locks it
 * still holds), so a refused request counts against nothing.
 */
public class JdbcCouponIssuance implements CouponIssuance {
    private final JdbcStatements sql;
    private final Runnable beforeHoldingInsert;

    /**
     * @param beforeHoldingInsert runs before a holding row is inserted, e.g. to flush a customer
     *                            registered by JPA in the same transaction (the gift pack)
     */
    public JdbcCouponIssuance(JdbcStatements sql, Runnable beforeHoldingInsert) {
        this.sql = sql;
        this.beforeHoldingInsert = beforeHoldingInsert;
    }

    @Override
    public IssueOutcome tryIssue(IssueRequest request) {
        if (!countTemplate(request, 1)) {
            return IssueOutcome.SOLD_OUT;
        }
        if (!countHolding(request)) {
            countTemplate(request, -1);
            return IssueOutcome.CUSTOMER_LIMIT_REACHED;
        }
        if (request.code().isPresent() && !countCode(request)) {
            uncountHolding(request);
            countTemplate(request, -1);
            return IssueOutcome.CODE_EXHAUSTED;
        }
        return IssueOutcome.ISSUED;
    }

    private boolean countTemplate(IssueRequest request, int delta) {
        return sql.update("""
                update coupon_template set issued = issued + ?
                where merchant_id = ? and id = ? and issued + ? between 0 and least(total_quantity, ?)""", s -> {
            s.setInt(1, delta);
            s.setString(2, request.merchant().value());
            s.setObject(3, request.template().value());
            s.setInt(4, delta);
            s.setInt(5, request.totalQuantity());
        }) == 1;
    }

    private boolean countHolding(IssueRequest request) {
        beforeHoldingInsert.run();
        sql.update("""
                insert into coupon_holding (template_id, customer_id, merchant_id, held) values (?, ?, ?, 0)
                on conflict (template_id, customer_id) do nothing""", s -> {
            s.setObject(1, request.template().value());
            s.setObject(2, request.customer().value());
            s.setString(3, request.merchant().value());
        });
        return sql.update("""
                update coupon_holding set held = held + 1
                where merchant_id = ? and template_id = ? and customer_id = ? and held < ?""", s -> {
            s.setString(1, request.merchant().value());
            s.setObject(2, request.template().value());
            s.setObject(3, request.customer().value());
            s.setInt(4, request.perCustomerLimit());
        }) == 1;
    }

    private void uncountHolding(IssueRequest request) {
        sql.update("update coupon_holding set held = held - 1 where merchant_id = ? and template_id = ? "
                + "and customer_id = ?", s -> {
            s.setString(1, request.merchant().value());
            s.setObject(2, request.template().value());
            s.setObject(3, request.customer().value());
        });
    }

    private boolean countCode(IssueRequest request) {
        return sql.update("""
                update coupon_code set redeemed = redeemed + 1
                where merchant_id = ? and code = ? and template_id = ? and redeemed < redemption_limit""", s -> {
            s.setString(1, request.merchant().value());
            s.setString(2, request.code().orElseThrow().code());
            s.setObject(3, request.template().value());
        }) == 1;
    }

    @Override
    public int issued(MerchantId merchant, CouponTemplateId template) {
        return sql.queryOne("select issued from coupon_template where merchant_id = ? and id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, template.value());
        }, r -> r.getInt(1)).orElse(0);
    }

    @Override
    public Map<CouponTemplateId, Integer> issued(MerchantId merchant, Collection<CouponTemplateId> templates) {
        Map<CouponTemplateId, Integer> issued = new HashMap<>();
        if (!templates.isEmpty()) {
            sql.query("select id, issued from coupon_template where merchant_id = ? and id = any (?)", s -> {
                s.setString(1, merchant.value());
                s.setArray(2, JdbcStatements.uuids(s, templates.stream().map(CouponTemplateId::value).toList()));
            }, r -> Map.entry(new CouponTemplateId(r.getObject(1, UUID.class)), r.getInt(2)))
                    .forEach(e -> issued.put(e.getKey(), e.getValue()));
        }
        return issued;
    }

    @Override
    public Map<String, Integer> redeemed(MerchantId merchant, Collection<String> codes) {
        Map<String, Integer> redeemed = new HashMap<>();
        if (!codes.isEmpty()) {
            sql.query("select code, redeemed from coupon_code where merchant_id = ? and code = any (?)", s -> {
                s.setString(1, merchant.value());
                s.setArray(2, s.getConnection().createArrayOf("varchar", codes.toArray()));
            }, r -> Map.entry(r.getString(1), r.getInt(2))).forEach(e -> redeemed.put(e.getKey(), e.getValue()));
        }
        return redeemed;
    }

    @Override
    public int heldBy(MerchantId merchant, CouponTemplateId template, CustomerId customer) {
        return sql.queryOne("select held from coupon_holding where merchant_id = ? and template_id = ? "
                + "and customer_id = ?", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, template.value());
            s.setObject(3, customer.value());
        }, r -> r.getInt(1)).orElse(0);
    }

    @Override
    public int redeemed(MerchantId merchant, String code) {
        return sql.queryOne("select redeemed from coupon_code where merchant_id = ? and code = ?", s -> {
            s.setString(1, merchant.value());
            s.setString(2, code);
        }, r -> r.getInt(1)).orElse(0);
    }
}
