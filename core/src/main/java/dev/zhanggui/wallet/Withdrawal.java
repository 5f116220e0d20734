package dev.zhanggui.wallet;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * A customer's withdrawal of principal (提现): the amount is held on request (a WITHDRAWAL ledger
 * entry), then staff approve and pay it out, or reject it and the hold returns to principal. The
 * lifecycle is {@link WithdrawalTransitions}.
 *
 * @param holdEntry the ledger entry that holds the amount
 * @param note      the rejection reason or the payout reference, whichever was last given
 */
public record Withdrawal(WithdrawalId id, MerchantId merchant, CustomerId customer, Money amount,
                         WithdrawalStatus status, UUID holdEntry, Optional<String> note, Instant requestedAt,
                         Instant updatedAt, long version) {

    public static Withdrawal request(WithdrawalId id, MerchantId merchant, CustomerId customer, Money amount,
                                     UUID holdEntry, Instant at) {
        return new Withdrawal(id, merchant, customer, amount, WithdrawalStatus.REQUESTED, holdEntry,
                Optional.empty(), at, at, 0);
    }

    /** This withdrawal after the action, or a veto (DomainException) from the transition table. */
    public Withdrawal apply(WithdrawalTransitions.Action action, Optional<String> text, Instant at) {
        WithdrawalStatus next = WithdrawalTransitions.next(this, action, new WithdrawalTransitions.Request(
                text == null ? Optional.empty() : text));
        return new Withdrawal(id, merchant, customer, amount, next, holdEntry,
                text == null ? note : text.map(String::strip).or(() -> note), requestedAt, at, version);
    }
}
