package dev.zhanggui.customer;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/** Port: where a merchant's customers are kept. Every method is confined to one merchant. */
public interface CustomerRepository {
    Optional<Customer> find(MerchantId merchant, CustomerId id);

    Optional<Customer> findByPhone(MerchantId merchant, PhoneNumber phone);

    /**
     * The id of the customer with this phone if their record is linked to this login account: the
     * light lookup behind {@link CustomerService#myId}. Stores that can read one column should
     * override it; this default loads the whole customer.
     */
    default Optional<CustomerId> findLinkedId(MerchantId merchant, PhoneNumber phone, String accountSubject) {
        return findByPhone(merchant, phone).filter(c -> c.accountSubject().filter(accountSubject::equals).isPresent())
                .map(Customer::id);
    }

    /** Customers in registration order (oldest first), after the cursor. */
    Page<Customer> list(MerchantId merchant, CustomerFilter filter, PageRequest page);

    /** The phone and name of each of these customers (unknown ids are left out), read at once: one query for a page. */
    Map<CustomerId, CustomerContact> contacts(MerchantId merchant, Collection<CustomerId> ids);

    /**
     * Stores a new customer.
     *
     * @throws dev.zhanggui.shared.DomainException {@code CUSTOMER_PHONE_TAKEN} if the phone is taken,
     *                                             also when another request took it a moment ago
     */
    void add(Customer customer);

    /**
     * Stores a changed customer if nobody else changed it since it was loaded, and advances its
     * version.
     *
     * @throws dev.zhanggui.shared.DomainException {@code VERSION_CONFLICT} otherwise
     */
    void update(Customer customer);
}
