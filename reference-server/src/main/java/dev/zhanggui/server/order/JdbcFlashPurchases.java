package dev.zhanggui.server.order;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.FlashPriceId;
import dev.zhanggui.pricing.FlashPurchases;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;

/**
 * How many units a customer bought at a time-limited price (限时购): the order lines priced by it,
 * in orders that still stand (drafts, closed and voided orders do not count).
 */
public class JdbcFlashPurchases implements FlashPurchases {
    private final JdbcStatements sql;

    public JdbcFlashPurchases(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public int quantityBought(MerchantId merchant, CustomerId customer, FlashPriceId flashPrice) {
        return sql.queryOne("""
                select coalesce(sum(l.quantity), 0) from order_line l join customer_order o on o.id = l.order_id
                where l.merchant_id = ? and l.customer_id = ? and l.price_tier = 'FLASH_PRICE' and l.price_source_id = ?
                  and o.status not in ('DRAFT', 'CLOSED', 'VOIDED')""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, customer.value());
            s.setString(3, flashPrice.toString());
        }, r -> r.getInt(1)).orElseThrow();
    }
}
