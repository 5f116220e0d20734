package dev.zhanggui.customer;

import java.time.Instant;
import java.util.Objects;

/**
 * Who invited a customer (邀请人) and when the link was made: by staff when they registered the
 * customer, or by the customer entering the inviter's code. A customer is linked at most once.
 */
public record Referral(CustomerId inviter, Via via, Instant at) {
    /** How the link was made. */
    public enum Via { STAFF, SELF }

    public Referral {
        Objects.requireNonNull(inviter, "inviter");
        Objects.requireNonNull(via, "via");
        Objects.requireNonNull(at, "at");
    }
}
