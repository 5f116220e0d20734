package dev.zhanggui.customer;

import java.time.Instant;
import java.util.Optional;

/**
 * Until when a customer may name who invited them (填写邀请码), after registering; staff link a
 * customer when they register them, which is always in time. The default is
 * {@link DefaultReferrerLinkPolicy}: within 7 days and before the first order.
 */
public interface ReferrerLinkPolicy {
    /** Why the customer may no longer name an inviter, or empty if they may. */
    Optional<String> refusal(Customer invitee, boolean hasPlacedOrder, Instant now);
}
