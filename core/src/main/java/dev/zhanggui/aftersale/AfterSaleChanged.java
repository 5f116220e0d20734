package dev.zhanggui.aftersale;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.order.OrderId;
import dev.zhanggui.shared.DomainEvent;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;

/** Published for every after-sales event: notifications to the customer, the back office's counters. */
public record AfterSaleChanged(MerchantId merchant, AfterSaleId afterSale, OrderId order, String orderNumber,
                               CustomerId customer, AfterSaleEvent event) implements DomainEvent {
    @Override
    public Instant occurredAt() {
        return event.at();
    }
}
