package dev.zhanggui.customer;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.EventPublisher;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The customer use cases: a customer's own profile, address book and invoice data (through
 * {@code me}), and staff keeping the merchant's member list. Each method is one unit of work:
 * load, act on the aggregate, store, publish. Every new customer gets an invite code (邀请码).
 */
public final class CustomerService {
    /** Draws of an invite code before giving up on finding a free one (the store's unique index has the last word). */
    private static final int CODE_DRAWS = 10;

    private final CustomerRepository customers;
    private final PhoneNumberPolicy phones;
    private final InviteCodes inviteCodes;
    private final Referrals referrals;
    private final Transactions transactions;
    private final EventPublisher events;
    private final IdGenerator ids;
    private final Clock clock;

    public CustomerService(CustomerRepository customers, PhoneNumberPolicy phones, InviteCodes inviteCodes,
                           Referrals referrals, Transactions transactions, EventPublisher events, IdGenerator ids,
                           Clock clock) {
        this.customers = customers;
        this.phones = phones;
        this.inviteCodes = inviteCodes;
        this.referrals = referrals;
        this.transactions = transactions;
        this.events = events;
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * With random invite codes; inviters are found through the repository if it is also
     * {@link Referrals} (as the in-memory one is), otherwise no invite code is known.
     */
    public CustomerService(CustomerRepository customers, PhoneNumberPolicy phones, Transactions transactions,
                           EventPublisher events, IdGenerator ids, Clock clock) {
        this(customers, phones, new RandomInviteCodes(),
                customers instanceof Referrals known ? known : Referrals.NONE, transactions, events, ids, clock);
    }

    // --- the customer's own record ---------------------------------------------------------

    /**
     * The calling customer's record, created at their first call from the phone number their
     * login proved, or linked to the record staff created in advance for that phone.
     */
    public Customer me(Actor actor) {
        try {
            return transactions.inTransaction(() -> loadOrRegister(actor));
        } catch (DomainException e) {
            if (e.code() != ErrorCode.CUSTOMER_PHONE_TAKEN && e.code() != ErrorCode.CUSTOMER_INVITE_CODE_TAKEN) {
                throw e;
            }
            // Two first calls raced to register and the other one won, so read what it stored; or the
            // invite code drawn was taken at the same moment, so register again with another.
            return transactions.inTransaction(() -> loadOrRegister(actor));
        }
    }

    /**
     * The calling customer's id, as {@link #me} would give it, but without loading the record once
     * it exists and is linked to the caller's login (the common case: one indexed lookup).
     */
    public CustomerId myId(Actor actor) {
        if (actor.isCustomer() && actor.phone().isPresent()) {
            Optional<CustomerId> linked = customers.findLinkedId(actor.merchant(),
                    phones.parse(actor.phone().get(), "phone_number"), actor.subject());
            if (linked.isPresent()) {
                return linked.get();
            }
        }
        return me(actor).id();
    }

    public Customer updateMe(Actor actor, ProfileChange change, Optional<Long> expectedVersion) {
        return changeMe(actor, expectedVersion, c -> c.changeProfile(change));
    }

    public Address addAddress(Actor actor, AddressDetails details, boolean makeDefault) {
        AddressId addressId = new AddressId(ids.newId());
        return changeMe(actor, Optional.empty(), c -> c.addAddress(addressId, details, makeDefault))
                .address(addressId);
    }

    public Address updateAddress(Actor actor, AddressId addressId, AddressDetails details, boolean makeDefault) {
        return changeMe(actor, Optional.empty(), c -> c.updateAddress(addressId, details, makeDefault))
                .address(addressId);
    }

    public Customer removeAddress(Actor actor, AddressId addressId) {
        return changeMe(actor, Optional.empty(), c -> c.removeAddress(addressId));
    }

    public Customer setDefaultAddress(Actor actor, AddressId addressId) {
        return changeMe(actor, Optional.empty(), c -> c.makeDefaultAddress(addressId));
    }

    public Customer setInvoiceProfile(Actor actor, InvoiceProfile profile) {
        return changeMe(actor, Optional.empty(), c -> c.setInvoiceProfile(profile));
    }

    // --- staff -----------------------------------------------------------------------------

    /**
     * Staff create a customer ahead of their first login; the phone must be free. An invite code
     * in the request links the customer who invited them ({@code CUSTOMER_REFERRER_INVALID} if no
     * customer has it).
     */
    public Customer create(Actor actor, NewCustomer request) {
        requireStaff(actor);
        PhoneNumber phone = phones.parse(request.phone(), "phone");
        Profile profile = Profile.of(request.name(), request.email());
        List<Tag> tags = tags(request.tags());
        Optional<InviteCode> invitedWith = Optional.ofNullable(request.inviteCode())
                .map(code -> InviteCode.parse(code, "inviteCode"));
        try {
            return transactions.inTransaction(() -> createNow(actor, phone, profile, tags, invitedWith));
        } catch (DomainException e) {
            if (e.code() != ErrorCode.CUSTOMER_INVITE_CODE_TAKEN) {
                throw e;
            }
            return transactions.inTransaction(() -> createNow(actor, phone, profile, tags, invitedWith));
        }
    }

    private Customer createNow(Actor actor, PhoneNumber phone, Profile profile, List<Tag> tags,
                               Optional<InviteCode> invitedWith) {
        if (customers.findByPhone(actor.merchant(), phone).isPresent()) {
            throw DomainException.invalidField("phone", ErrorCode.CUSTOMER_PHONE_TAKEN,
                    "A customer with phone " + phone + " already exists");
        }
        Optional<Customer> inviter = invitedWith.map(code -> referrals.findByInviteCode(actor.merchant(), code)
                .orElseThrow(() -> DomainException.invalidField("inviteCode", ErrorCode.CUSTOMER_REFERRER_INVALID,
                        "No customer has invite code " + code)));
        Customer customer = Customer.createdByStaff(new CustomerId(ids.newId()), actor.merchant(), phone, profile,
                tags, freeInviteCode(actor), clock.instant());
        inviter.ifPresent(i -> customer.linkReferrer(i.id(), Referral.Via.STAFF, customer.registeredAt()));
        customers.add(customer);
        events.publish(new CustomerRegistered(actor.merchant(), customer.id(), phone, customer.origin(),
                customer.registeredAt()));
        inviter.ifPresent(i -> events.publish(new CustomerReferred(actor.merchant(), customer.id(), i.id(),
                Referral.Via.STAFF, customer.registeredAt())));
        return customer;
    }

    public Customer get(Actor actor, CustomerId id) {
        requireStaff(actor);
        return transactions.inTransaction(() -> load(actor, id));
    }

    /** The phone and name of each of these customers, for staff lists and exports: one read for them all. */
    public Map<CustomerId, CustomerContact> contacts(Actor actor, Collection<CustomerId> ids) {
        requireStaff(actor);
        if (ids.isEmpty()) {
            return Map.of();
        }
        return transactions.inTransaction(() -> customers.contacts(actor.merchant(), Set.copyOf(ids)));
    }

    public Page<Customer> list(Actor actor, CustomerFilter filter, PageRequest page) {
        requireStaff(actor);
        return transactions.inTransaction(() -> customers.list(actor.merchant(), filter, page));
    }

    public Customer update(Actor actor, CustomerId id, ProfileChange change, Optional<Long> expectedVersion) {
        return changeCustomer(actor, id, expectedVersion, c -> c.changeProfile(change));
    }

    public Customer tag(Actor actor, CustomerId id, Collection<String> tags, Optional<Long> expectedVersion) {
        List<Tag> parsed = tags(tags);
        return changeCustomer(actor, id, expectedVersion, c -> c.tag(parsed));
    }

    public Customer untag(Actor actor, CustomerId id, Collection<String> tags, Optional<Long> expectedVersion) {
        List<Tag> parsed = tags(tags);
        return changeCustomer(actor, id, expectedVersion, c -> c.untag(parsed));
    }

    // --- the unit of work ------------------------------------------------------------------

    private Customer changeMe(Actor actor, Optional<Long> expectedVersion, Consumer<Customer> change) {
        return change(expectedVersion, change, () -> loadOrRegister(actor));
    }

    private Customer changeCustomer(Actor actor, CustomerId id, Optional<Long> expectedVersion,
                                    Consumer<Customer> change) {
        requireStaff(actor);
        return change(expectedVersion, change, () -> load(actor, id));
    }

    private Customer change(Optional<Long> expectedVersion, Consumer<Customer> change,
                            Supplier<Customer> loader) {
        return transactions.inTransaction(() -> {
            Customer customer = loader.get();
            VersionCheck.require(expectedVersion, customer.version());
            change.accept(customer);
            customers.update(customer);
            return customer;
        });
    }

    private Customer loadOrRegister(Actor actor) {
        if (!actor.isCustomer()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only customers have a 'me'");
        }
        String claimed = actor.phone().orElseThrow(() -> new DomainException(ErrorCode.CUSTOMER_PHONE_MISSING));
        PhoneNumber phone = phones.parse(claimed, "phone_number");
        Optional<Customer> existing = customers.findByPhone(actor.merchant(), phone);
        if (existing.isPresent()) {
            Customer customer = existing.get();
            if (customer.linkAccount(actor.subject())) {
                customers.update(customer);
            }
            return customer;
        }
        Customer customer = Customer.register(new CustomerId(ids.newId()), actor.merchant(), phone, actor.subject(),
                freeInviteCode(actor), clock.instant());
        customers.add(customer);
        events.publish(new CustomerRegistered(actor.merchant(), customer.id(), phone, customer.origin(),
                customer.registeredAt()));
        return customer;
    }

    /** An invite code no customer of the merchant has yet, as far as this unit of work can see. */
    private InviteCode freeInviteCode(Actor actor) {
        InviteCode code = inviteCodes.newCode(actor.merchant());
        for (int draw = 1; draw < CODE_DRAWS && referrals.findByInviteCode(actor.merchant(), code).isPresent(); draw++) {
            code = inviteCodes.newCode(actor.merchant());
        }
        return code;
    }

    private Customer load(Actor actor, CustomerId id) {
        return customers.find(actor.merchant(), id)
                .orElseThrow(() -> new DomainException(ErrorCode.CUSTOMER_NOT_FOUND, "No customer " + id));
    }

    private static void requireStaff(Actor actor) {
        if (!actor.actsForMerchant()) {
            throw new DomainException(ErrorCode.FORBIDDEN, "Only the merchant's staff may do this");
        }
    }

    private static List<Tag> tags(Collection<String> values) {
        return values == null ? List.of() : values.stream().map(Tag::new).distinct().toList();
    }
}
