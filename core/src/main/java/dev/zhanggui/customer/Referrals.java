package dev.zhanggui.customer;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/**
 * Port: who invited whom (邀请关系), read from the merchant's customers: the customer an invite code
 * belongs to, and the customers one customer invited. Every method is confined to one merchant.
 */
public interface Referrals {
    /** For a store that keeps no invite codes: no code is known, nobody invited anyone. */
    Referrals NONE = new Referrals() {
        @Override
        public Optional<Customer> findByInviteCode(MerchantId merchant, InviteCode code) {
            return Optional.empty();
        }

        @Override
        public Page<Customer> invitees(MerchantId merchant, CustomerId inviter, PageRequest page) {
            return new Page<>(List.of(), List.of(), Optional.empty());
        }

        @Override
        public long countInvitees(MerchantId merchant, CustomerId inviter) {
            return 0;
        }
    };

    Optional<Customer> findByInviteCode(MerchantId merchant, InviteCode code);

    /** The customers the inviter invited, newest first (by registration). */
    Page<Customer> invitees(MerchantId merchant, CustomerId inviter, PageRequest page);

    long countInvitees(MerchantId merchant, CustomerId inviter);
}
