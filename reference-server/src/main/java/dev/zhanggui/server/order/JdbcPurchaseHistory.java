package dev.zhanggui.server.order;

import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.review.CompletedOrderLine;
import dev.zhanggui.catalog.review.OrderLineId;
import dev.zhanggui.catalog.review.PurchaseHistory;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;

import java.util.List;
import java.util.UUID;

/** What reviews ask of purchases: the customer's lines of completed orders (已完成) holding the product. */
public class JdbcPurchaseHistory implements PurchaseHistory {
    private final JdbcStatements sql;

    public JdbcPurchaseHistory(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public List<CompletedOrderLine> completedLines(MerchantId merchant, CustomerId customer, ProductId product) {
        return sql.query("""
                select l.id, o.completed_at from order_line l join customer_order o on o.id = l.order_id
                where l.merchant_id = ? and l.customer_id = ? and l.product_id = ? and o.status = 'COMPLETED'
                order by o.completed_at, l.line""", s -> {
            s.setString(1, merchant.value());
            s.setObject(2, customer.value());
            s.setObject(3, product.value());
        }, r -> new CompletedOrderLine(new OrderLineId(r.getObject(1, UUID.class)), JdbcStatements.instant(r, 2)));
    }
}
