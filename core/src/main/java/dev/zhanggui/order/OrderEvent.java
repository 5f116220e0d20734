package dev.zhanggui.order;

import dev.zhanggui.shared.Actor;

import java.time.Instant;
import java.util.Optional;

/**
 * An order message (订单消息): what happened to the order, who did it, when, and the status before
 * and after. The customer can read them all.
 */
public record OrderEvent(Instant at, String actor, Actor.Kind actorKind, OrderAction action,
                         Optional<OrderStatus> from, OrderStatus to, Optional<String> note) {
}
