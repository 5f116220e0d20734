package dev.zhanggui.customer;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * A new customer names their inviter within a window after registering (7 days by default) and
 * before their first order: the referral reward is for bringing a customer, not for relabelling
 * one who already buys.
 */
public final class DefaultReferrerLinkPolicy implements ReferrerLinkPolicy {
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(7);

    private final Duration window;

    public DefaultReferrerLinkPolicy() {
        this(DEFAULT_WINDOW);
    }

    public DefaultReferrerLinkPolicy(Duration window) {
        if (window == null || window.isNegative()) {
            throw new IllegalArgumentException("the window must be zero or more");
        }
        this.window = window;
    }

    @Override
    public Optional<String> refusal(Customer invitee, boolean hasPlacedOrder, Instant now) {
        if (hasPlacedOrder) {
            return Optional.of("An inviter can only be named before the first order");
        }
        if (now.isAfter(invitee.registeredAt().plus(window))) {
            return Optional.of("An inviter can only be named within " + window.toDays() + " days of registering");
        }
        return Optional.empty();
    }
}
