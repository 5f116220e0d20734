package dev.zhanggui.customer;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Invitations (邀请有礼): a customer's own invite code and the customers they invited, and a new
 * customer naming who invited them with that code (填写邀请码). A customer is linked once, by staff
 * at registration ({@link CustomerService#create}) or by themselves while the
 * {@link ReferrerLinkPolicy} allows; each link publishes {@link CustomerReferred}.
 */
public final class InvitationService {
    /** A longer chain of inviters than this is not followed when looking for a loop. */
    private static final int MAX_CHAIN = 1000;

    private final CustomerRepository customers;
    private final Referrals referrals;
    private final CustomerService me;
    private final CustomerOrderHistory orders;
    private final ReferrerLinkPolicy policy;
    private final Transactions transactions;
    private final EventPublisher events;
    private final Clock clock;

    public InvitationService(CustomerRepository customers, Referrals referrals, CustomerService me,
                             CustomerOrderHistory orders, ReferrerLinkPolicy policy, Transactions transactions,
                             EventPublisher events, Clock clock) {
        this.customers = customers;
        this.referrals = referrals;
        this.me = me;
        this.orders = orders;
        this.policy = policy;
        this.transactions = transactions;
        this.events = events;
        this.clock = clock;
    }

    /** The calling customer's invite code, how many they invited, and who invited them. */
    public Invite myInvite(Actor actor) {
        Customer customer = me.me(actor);
        return transactions.inTransaction(() -> invite(customer));
    }

    /** The customers the caller invited, newest first; their phone numbers masked. */
    public Page<Invitee> myInvitees(Actor actor, PageRequest page) {
        Customer customer = me.me(actor);
        return transactions.inTransaction(() -> referrals.invitees(actor.merchant(), customer.id(), page))
                .map(Invitee::of);
    }

    /** Staff: a customer's invite card. */
    public Invite inviteOf(Actor actor, CustomerId customer) {
        requireStaff(actor);
        return transactions.inTransaction(() -> invite(load(actor.merchant(), customer)));
    }

    /** Staff: the customers one customer invited, newest first. */
    public Page<Customer> inviteesOf(Actor actor, CustomerId customer, PageRequest page) {
        requireStaff(actor);
        return transactions.inTransaction(() -> {
            load(actor.merchant(), customer);
            return referrals.invitees(actor.merchant(), customer, page);
        });
    }

    /**
     * The calling customer names who invited them by that customer's invite code: once
     * ({@code CUSTOMER_REFERRER_ALREADY_SET}), while the policy allows ({@code CUSTOMER_REFERRER_TOO_LATE}),
     * and only a code of another customer of the merchant who was not invited, directly or down
     * the line, by the caller ({@code CUSTOMER_REFERRER_INVALID}).
     */
    public Invite setMyReferrer(Actor actor, String inviteCode) {
        InviteCode code = InviteCode.parse(inviteCode, "inviteCode");
        CustomerId myId = me.myId(actor);
        MerchantId merchant = actor.merchant();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return transactions.inTransaction(() -> {
            Customer invitee = load(merchant, myId);
            if (invitee.referral().isPresent()) {
                throw new DomainException(ErrorCode.CUSTOMER_REFERRER_ALREADY_SET, "Your inviter is set already");
            }
            Optional<String> refusal = policy.refusal(invitee, orders.hasPlacedOrder(merchant, myId), now);
            if (refusal.isPresent()) {
                throw new DomainException(ErrorCode.CUSTOMER_REFERRER_TOO_LATE, refusal.get());
            }
            Customer inviter = referrals.findByInviteCode(merchant, code).orElseThrow(() ->
                    DomainException.invalidField("inviteCode", ErrorCode.CUSTOMER_REFERRER_INVALID,
                            "No customer has invite code " + code));
            requireNoLoop(invitee, inviter);
            invitee.linkReferrer(inviter.id(), Referral.Via.SELF, now);
            customers.update(invitee);
            events.publish(new CustomerReferred(merchant, invitee.id(), inviter.id(), Referral.Via.SELF, now));
            return invite(invitee);
        });
    }

    /** An inviter invited by the invitee, or further down the invitee's line, would close a loop. */
    private void requireNoLoop(Customer invitee, Customer inviter) {
        Set<CustomerId> seen = new HashSet<>();
        Optional<Referral> up = inviter.referral();
        while (up.isPresent() && seen.size() < MAX_CHAIN && seen.add(up.get().inviter())) {
            if (up.get().inviter().equals(invitee.id())) {
                throw DomainException.invalidField("inviteCode", ErrorCode.CUSTOMER_REFERRER_INVALID,
                        "This customer was invited by you, so they cannot be your inviter");
            }
            up = customers.find(invitee.merchant(), up.get().inviter()).flatMap(Customer::referral);
        }
    }

    private Invite invite(Customer customer) {
        return new Invite(customer.id(), customer.inviteCode(),
                referrals.countInvitees(customer.merchant(), customer.id()), customer.referral());
    }

    private Customer load(MerchantId merchant, CustomerId id) {
        return customers.find(merchant, id)
                .orElseThrow(() -> new DomainException(ErrorCode.CUSTOMER_NOT_FOUND, "No customer " + id));
    }

    private static void requireStaff(Actor actor) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may do this");
        }
    }
}
