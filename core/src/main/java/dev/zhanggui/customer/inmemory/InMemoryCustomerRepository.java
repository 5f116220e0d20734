package dev.zhanggui.customer.inmemory;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerContact;
import dev.zhanggui.customer.CustomerFilter;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.InviteCode;
import dev.zhanggui.customer.PhoneNumber;
import dev.zhanggui.customer.Referrals;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Customers in memory, kept as copies; ids are time-ordered, so insertion order is list order. */
public final class InMemoryCustomerRepository implements CustomerRepository, Referrals {
    private final Map<CustomerId, Customer> customers = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Customer> find(MerchantId merchant, CustomerId id) {
        return Optional.ofNullable(customers.get(id)).filter(c -> c.merchant().equals(merchant)).map(Customer::copy);
    }

    @Override
    public synchronized Optional<Customer> findByPhone(MerchantId merchant, PhoneNumber phone) {
        return customers.values().stream()
                .filter(c -> c.merchant().equals(merchant) && c.phone().equals(phone))
                .findFirst().map(Customer::copy);
    }

    @Override
    public synchronized Page<Customer> list(MerchantId merchant, CustomerFilter filter, PageRequest page) {
        Optional<String> after = page.afterPosition();
        var rows = customers.values().stream()
                .filter(c -> c.merchant().equals(merchant))
                .filter(c -> filter.phonePrefix().map(p -> c.phone().value().startsWith(p)).orElse(true))
                .filter(c -> filter.tag().map(t -> c.tags().contains(t)).orElse(true))
                .filter(c -> after.map(a -> position(c).compareTo(a) > 0).orElse(true))
                .sorted(Comparator.comparing(InMemoryCustomerRepository::position))
                .limit(page.limit() + 1L)
                .map(Customer::copy)
                .toList();
        return Page.fromOverfetch(rows, page.limit(), InMemoryCustomerRepository::position);
    }

    /** Every customer of the merchant, in registration order (for other in-memory adapters and tests). */
    public synchronized java.util.List<Customer> all(MerchantId merchant) {
        return customers.values().stream().filter(c -> c.merchant().equals(merchant)).map(Customer::copy).toList();
    }

    /** Time-ordered ids compare in time order as strings. */
    private static String position(Customer customer) {
        return customer.id().value().toString();
    }

    @Override
    public synchronized Map<CustomerId, CustomerContact> contacts(MerchantId merchant, Collection<CustomerId> ids) {
        Map<CustomerId, CustomerContact> found = new LinkedHashMap<>();
        ids.forEach(id -> find(merchant, id).ifPresent(c -> found.put(id, CustomerContact.of(c))));
        return found;
    }

    @Override
    public synchronized Optional<Customer> findByInviteCode(MerchantId merchant, InviteCode code) {
        return customers.values().stream()
                .filter(c -> c.merchant().equals(merchant) && c.inviteCode().equals(code))
                .findFirst().map(Customer::copy);
    }

    @Override
    public synchronized Page<Customer> invitees(MerchantId merchant, CustomerId inviter, PageRequest page) {
        Optional<String> after = page.afterPosition();
        var rows = customers.values().stream()
                .filter(c -> c.merchant().equals(merchant) && invitedBy(c, inviter))
                .filter(c -> after.map(a -> position(c).compareTo(a) < 0).orElse(true))
                .sorted(Comparator.comparing(InMemoryCustomerRepository::position).reversed())
                .limit(page.limit() + 1L)
                .map(Customer::copy)
                .toList();
        return Page.fromOverfetch(rows, page.limit(), InMemoryCustomerRepository::position);
    }

    @Override
    public synchronized long countInvitees(MerchantId merchant, CustomerId inviter) {
        return customers.values().stream().filter(c -> c.merchant().equals(merchant) && invitedBy(c, inviter)).count();
    }

    private static boolean invitedBy(Customer customer, CustomerId inviter) {
        return customer.referral().filter(r -> r.inviter().equals(inviter)).isPresent();
    }

    @Override
    public synchronized void add(Customer customer) {
        if (findByPhone(customer.merchant(), customer.phone()).isPresent()) {
            throw new DomainException(ErrorCode.CUSTOMER_PHONE_TAKEN);
        }
        if (findByInviteCode(customer.merchant(), customer.inviteCode()).isPresent()) {
            throw new DomainException(ErrorCode.CUSTOMER_INVITE_CODE_TAKEN);
        }
        customers.put(customer.id(), customer.copy());
    }

    @Override
    public synchronized void update(Customer customer) {
        Customer stored = customers.get(customer.id());
        if (stored == null || stored.version() != customer.version()) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        customer.stored(customer.version() + 1);
        customers.put(customer.id(), customer.copy());
    }
}
