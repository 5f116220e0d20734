package dev.zhanggui.server.aftersale;

import dev.zhanggui.aftersale.AfterSaleSettings;
import dev.zhanggui.aftersale.AfterSaleTerms;
import dev.zhanggui.aftersale.ReturnRestock;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;

/** A merchant's after-sales terms in PostgreSQL ({@code after_sale_settings}); without a row, {@link AfterSaleTerms#DEFAULT}. */
public class JdbcAfterSaleSettings implements AfterSaleSettings {
    private final JdbcStatements sql;

    public JdbcAfterSaleSettings(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public AfterSaleTerms of(MerchantId merchant) {
        return sql.queryOne("select refund_shipping_before_shipping, restock from after_sale_settings "
                        + "where merchant_id = ?", s -> s.setString(1, merchant.value()),
                r -> new AfterSaleTerms(r.getBoolean(1), ReturnRestock.valueOf(r.getString(2))))
                .orElse(AfterSaleTerms.DEFAULT);
    }

    /** Stores the merchant's terms, keeping its reasons. */
    public void set(MerchantId merchant, AfterSaleTerms terms) {
        sql.update("""
                insert into after_sale_settings (merchant_id, refund_shipping_before_shipping, restock, updated_at)
                values (?, ?, ?, now())
                on conflict (merchant_id) do update set refund_shipping_before_shipping = excluded.refund_shipping_before_shipping,
                    restock = excluded.restock, updated_at = excluded.updated_at""", s -> {
            s.setString(1, merchant.value());
            s.setBoolean(2, terms.refundShippingBeforeShipping());
            s.setString(3, terms.restock().name());
        });
    }

}
