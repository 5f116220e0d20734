package dev.zhanggui.customer;

import java.util.Optional;

/** A customer's invitation card (我的邀请): their own code, how many customers they invited, and who invited them. */
public record Invite(CustomerId customer, InviteCode code, long invitedCount, Optional<Referral> referral) {
}
