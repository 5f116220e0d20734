package dev.zhanggui.server.aftersale;

import dev.zhanggui.aftersale.AfterSaleTerms;
import dev.zhanggui.aftersale.AfterSaleTermsBook;
import dev.zhanggui.aftersale.ReturnRestock;
import dev.zhanggui.aftersale.StoredAfterSaleTerms;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;

/**
 * A merchant's after-sales terms in PostgreSQL ({@code after_sale_settings}) with their version;
 * without a row, {@link AfterSaleTerms#DEFAULT} at version 0. A save is conditional on the version
 * read (the same row holds the merchant's reasons, which a save keeps).
 */
public class JdbcAfterSaleSettings implements AfterSaleTermsBook {
    private final JdbcStatements sql;

    public JdbcAfterSaleSettings(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public StoredAfterSaleTerms stored(MerchantId merchant) {
        return sql.queryOne("select refund_shipping_before_shipping, restock, version from after_sale_settings "
                        + "where merchant_id = ?", s -> s.setString(1, merchant.value()),
                r -> new StoredAfterSaleTerms(new AfterSaleTerms(r.getBoolean(1), ReturnRestock.valueOf(r.getString(2))),
                        r.getLong(3)))
                .orElse(new StoredAfterSaleTerms(AfterSaleTerms.DEFAULT, 0));
    }

    @Override
    public boolean save(MerchantId merchant, AfterSaleTerms terms, long expectedVersion) {
        return sql.update("""
                insert into after_sale_settings (merchant_id, refund_shipping_before_shipping, restock, updated_at,
                    version)
                values (?, ?, ?, now(), ?)
                on conflict (merchant_id) do update set refund_shipping_before_shipping = excluded.refund_shipping_before_shipping,
                    restock = excluded.restock, updated_at = excluded.updated_at, version = excluded.version
                where after_sale_settings.version = ?""", s -> {
            s.setString(1, merchant.value());
            s.setBoolean(2, terms.refundShippingBeforeShipping());
            s.setString(3, terms.restock().name());
            s.setLong(4, expectedVersion + 1);
            s.setLong(5, expectedVersion);
        }) == 1;
    }
}
