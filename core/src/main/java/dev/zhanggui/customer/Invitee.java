package dev.zhanggui.customer;

import java.time.Instant;
import java.util.Optional;

/**
 * A customer someone invited, as the inviter sees them: the phone number masked (138****0001) and
 * the name, since another customer's account is not theirs to read.
 */
public record Invitee(String maskedPhone, Optional<String> name, Instant invitedAt, Referral.Via via) {
    static Invitee of(Customer customer) {
        Referral referral = customer.referral().orElseThrow();
        return new Invitee(customer.phone().masked(), customer.profile().name(), referral.at(), referral.via());
    }
}
