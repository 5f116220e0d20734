package dev.zhanggui.aftersale;

import dev.zhanggui.catalog.StockLocation;
import dev.zhanggui.order.Order;
import dev.zhanggui.order.OrderLine;
import dev.zhanggui.order.OrderStock;

import java.time.Instant;

/** Refunded goods going back to stock (退货入库), at the location the order line took them from. */
final class AfterSaleStock {
    private final OrderStock stock;

    AfterSaleStock(OrderStock stock) {
        this.stock = stock;
    }

    void putBack(Order order, int lineIndex, int quantity, String actor, Instant now) {
        if (quantity < 1) {
            return;
        }
        OrderLine line = order.lines().stream().filter(l -> l.index() == lineIndex).findFirst().orElseThrow();
        stock.putBack(order.merchant(), line.sku().sku(), StockLocation.of(line.store()), quantity, order.number(),
                actor, now);
    }
}
