package dev.zhanggui.shared;

import java.time.Instant;

/** Something that happened in the business, published after the use case that caused it. */
public interface DomainEvent {
    MerchantId merchant();

    Instant occurredAt();
}
