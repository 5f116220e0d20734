package dev.zhanggui.customer;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * A merchant's customer (会员). The mobile phone number is the account; the customer either
 * registered at first login or was created in advance by staff, and the two meet by phone.
 * Holds the profile, the address book with one default address, the invoice data and tags, the
 * customer's own invite code (邀请码) and, once linked, who invited them.
 */
public final class Customer {
    public static final int MAX_ADDRESSES = 20;
    public static final int MAX_TAGS = 50;

    /** How the customer record came to be. */
    public enum Origin { SELF_REGISTERED, CREATED_BY_STAFF }

    private final CustomerId id;
    private final MerchantId merchant;
    private final PhoneNumber phone;
    private final Origin origin;
    private final Instant registeredAt;
    private Optional<String> accountSubject;
    private Profile profile;
    private final List<Address> addresses;
    private Optional<InvoiceProfile> invoiceProfile;
    private final SortedSet<Tag> tags;
    private final InviteCode inviteCode;
    private Optional<Referral> referral;
    private long version;

    /** Rebuilds a stored customer; used by repositories only. */
    public Customer(CustomerId id, MerchantId merchant, PhoneNumber phone, Origin origin, Instant registeredAt,
                    Optional<String> accountSubject, Profile profile, List<Address> addresses,
                    Optional<InvoiceProfile> invoiceProfile, Collection<Tag> tags, InviteCode inviteCode,
                    Optional<Referral> referral, long version) {
        this.id = id;
        this.merchant = merchant;
        this.phone = phone;
        this.origin = origin;
        this.registeredAt = registeredAt;
        this.accountSubject = accountSubject;
        this.profile = profile;
        this.addresses = new ArrayList<>(addresses);
        this.invoiceProfile = invoiceProfile;
        this.tags = new TreeSet<>(tags);
        this.inviteCode = Objects.requireNonNull(inviteCode, "inviteCode");
        this.referral = referral == null ? Optional.empty() : referral;
        this.version = version;
    }

    /** A customer who logs in for the first time: their account is linked at once. */
    public static Customer register(CustomerId id, MerchantId merchant, PhoneNumber phone, String accountSubject,
                                    InviteCode inviteCode, Instant now) {
        return new Customer(id, merchant, phone, Origin.SELF_REGISTERED, now, Optional.of(accountSubject),
                Profile.EMPTY, List.of(), Optional.empty(), List.of(), inviteCode, Optional.empty(), 0);
    }

    /** A customer created by staff ahead of their first login (代客建档). */
    public static Customer createdByStaff(CustomerId id, MerchantId merchant, PhoneNumber phone, Profile profile,
                                          Collection<Tag> tags, InviteCode inviteCode, Instant now) {
        Customer customer = new Customer(id, merchant, phone, Origin.CREATED_BY_STAFF, now, Optional.empty(),
                profile, List.of(), Optional.empty(), List.of(), inviteCode, Optional.empty(), 0);
        customer.tag(tags);
        return customer;
    }

    /** Links the login account that proved this phone number; returns whether anything changed. */
    public boolean linkAccount(String subject) {
        if (accountSubject.filter(subject::equals).isPresent()) {
            return false;
        }
        accountSubject = Optional.of(subject);
        return true;
    }

    /**
     * Links the customer who invited this one (绑定邀请人), once: not this customer themselves
     * ({@code CUSTOMER_REFERRER_INVALID}), and never a second time ({@code CUSTOMER_REFERRER_ALREADY_SET}).
     * When a customer may still do it is the {@link ReferrerLinkPolicy}'s to say.
     */
    public void linkReferrer(CustomerId inviter, Referral.Via via, Instant now) {
        if (referral.isPresent()) {
            throw new DomainException(ErrorCode.CUSTOMER_REFERRER_ALREADY_SET,
                    "Customer " + id + " was invited by " + referral.get().inviter() + " already");
        }
        if (inviter.equals(id)) {
            throw DomainException.invalidField("inviteCode", ErrorCode.CUSTOMER_REFERRER_INVALID,
                    "This is the customer's own invite code");
        }
        referral = Optional.of(new Referral(inviter, via, now));
    }

    public void changeProfile(ProfileChange change) {
        profile = change.applyTo(profile);
    }

    /** Adds an address; the first one, or one asked to be, becomes the default. */
    public Address addAddress(AddressId addressId, AddressDetails details, boolean makeDefault) {
        if (addresses.size() >= MAX_ADDRESSES) {
            throw new DomainException(ErrorCode.CUSTOMER_ADDRESS_LIMIT);
        }
        Address address = new Address(addressId, details, false);
        addresses.add(address);
        if (makeDefault || addresses.size() == 1) {
            makeDefaultAddress(addressId);
        }
        return address(addressId);
    }

    public Address updateAddress(AddressId addressId, AddressDetails details, boolean makeDefault) {
        int index = indexOf(addressId);
        addresses.set(index, new Address(addressId, details, addresses.get(index).isDefault()));
        if (makeDefault) {
            makeDefaultAddress(addressId);
        }
        return address(addressId);
    }

    /** Removes an address; if it was the default, the oldest remaining one takes its place. */
    public void removeAddress(AddressId addressId) {
        Address removed = addresses.remove(indexOf(addressId));
        if (removed.isDefault() && !addresses.isEmpty()) {
            addresses.set(0, addresses.getFirst().asDefault(true));
        }
    }

    public void makeDefaultAddress(AddressId addressId) {
        indexOf(addressId);
        addresses.replaceAll(a -> a.asDefault(a.id().equals(addressId)));
    }

    public void setInvoiceProfile(InvoiceProfile profile) {
        invoiceProfile = Optional.of(profile);
    }

    public void tag(Collection<Tag> newTags) {
        tags.addAll(newTags);
        if (tags.size() > MAX_TAGS) {
            throw new DomainException(ErrorCode.CUSTOMER_TAG_LIMIT);
        }
    }

    public void untag(Collection<Tag> oldTags) {
        oldTags.forEach(tags::remove);
    }

    public Address address(AddressId addressId) {
        return addresses.get(indexOf(addressId));
    }

    public Optional<Address> defaultAddress() {
        return addresses.stream().filter(Address::isDefault).findFirst();
    }

    private int indexOf(AddressId addressId) {
        for (int i = 0; i < addresses.size(); i++) {
            if (addresses.get(i).id().equals(addressId)) {
                return i;
            }
        }
        throw new DomainException(ErrorCode.CUSTOMER_ADDRESS_NOT_FOUND, "No address " + addressId);
    }

    /** A deep copy, so that repositories never share mutable state with callers. */
    public Customer copy() {
        return new Customer(id, merchant, phone, origin, registeredAt, accountSubject, profile, addresses,
                invoiceProfile, tags, inviteCode, referral, version);
    }

    /** Called by a repository after it stored this customer with a new version. */
    public void stored(long newVersion) {
        this.version = newVersion;
    }

    public CustomerId id() {
        return id;
    }

    public MerchantId merchant() {
        return merchant;
    }

    public PhoneNumber phone() {
        return phone;
    }

    public Origin origin() {
        return origin;
    }

    public Instant registeredAt() {
        return registeredAt;
    }

    public Optional<String> accountSubject() {
        return accountSubject;
    }

    public Profile profile() {
        return profile;
    }

    public List<Address> addresses() {
        return List.copyOf(addresses);
    }

    public Optional<InvoiceProfile> invoiceProfile() {
        return invoiceProfile;
    }

    public SortedSet<Tag> tags() {
        return new TreeSet<>(tags);
    }

    public InviteCode inviteCode() {
        return inviteCode;
    }

    /** Who invited this customer, once linked. */
    public Optional<Referral> referral() {
        return referral;
    }

    public long version() {
        return version;
    }
}
