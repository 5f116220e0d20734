package dev.zhanggui.server.aftersale;

import dev.zhanggui.aftersale.AfterSaleReason;
import dev.zhanggui.aftersale.AfterSaleReasonBook;
import dev.zhanggui.aftersale.AfterSaleTerms;
import dev.zhanggui.aftersale.DefaultAfterSaleReasons;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;

import java.util.List;

/**
 * A merchant's after-sales reasons (售后原因) in PostgreSQL, the {@code reasons} of its
 * {@code after_sale_settings} row; a merchant that set none offers the default list.
 */
public class JdbcAfterSaleReasons implements AfterSaleReasonBook {
    private final JdbcStatements sql;

    public JdbcAfterSaleReasons(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public List<AfterSaleReason> of(MerchantId merchant) {
        return sql.queryOne("select reasons from after_sale_settings where merchant_id = ? and reasons is not null",
                        s -> s.setString(1, merchant.value()), r -> AfterSaleDocuments.readReasons(r.getString(1)))
                .orElse(DefaultAfterSaleReasons.LIST);
    }

    /** Stores the merchant's reasons (checked by the caller), keeping its terms. */
    @Override
    public void set(MerchantId merchant, List<AfterSaleReason> reasons) {
        AfterSaleTerms terms = new JdbcAfterSaleSettings(sql).of(merchant);
        sql.update("""
                insert into after_sale_settings (merchant_id, refund_shipping_before_shipping, restock, reasons,
                    updated_at)
                values (?, ?, ?, ?::jsonb, now())
                on conflict (merchant_id) do update set reasons = excluded.reasons, updated_at = excluded.updated_at""",
                s -> {
                    s.setString(1, merchant.value());
                    s.setBoolean(2, terms.refundShippingBeforeShipping());
                    s.setString(3, terms.restock().name());
                    s.setString(4, AfterSaleDocuments.writeReasons(reasons));
                });
    }
}
