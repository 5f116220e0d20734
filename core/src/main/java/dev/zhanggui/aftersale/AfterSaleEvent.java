package dev.zhanggui.aftersale;

import dev.zhanggui.shared.Actor;

import java.time.Instant;
import java.util.Optional;

/**
 * A message of the after-sales request (售后进度): what happened, who did it, when, the status
 * before and after, and a note (the reason of a rejection, the tracking number, the refund). The
 * customer can read them all.
 */
public record AfterSaleEvent(Instant at, String actor, Actor.Kind actorKind, AfterSaleAction action,
                             Optional<AfterSaleStatus> from, AfterSaleStatus to, Optional<String> note) {
}
