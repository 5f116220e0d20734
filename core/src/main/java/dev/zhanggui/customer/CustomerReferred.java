package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainEvent;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;

/** A customer was linked to the customer who invited them (a new downline, 下线); the wallet's downline bonus listens. */
public record CustomerReferred(MerchantId merchant, CustomerId invitee, CustomerId inviter, Referral.Via via,
                               Instant occurredAt) implements DomainEvent {
}
