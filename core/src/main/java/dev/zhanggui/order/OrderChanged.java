package dev.zhanggui.order;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.DomainEvent;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;

/**
 * Published for every order event, after the unit of work: notifications, read models, and the
 * wallet's rewards on completion (purchase points, referral reward) listen to it.
 */
public record OrderChanged(MerchantId merchant, OrderId order, String number, CustomerId customer,
                           OrderEvent event) implements DomainEvent {
    @Override
    public Instant occurredAt() {
        return event.at();
    }
}
