package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainEvent;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;

/** A new customer record exists: self-registered at first login, or created by staff. */
public record CustomerRegistered(MerchantId merchant, CustomerId customer, PhoneNumber phone, Customer.Origin origin,
                                 Instant occurredAt) implements DomainEvent {
}
