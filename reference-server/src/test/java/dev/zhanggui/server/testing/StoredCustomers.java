package dev.zhanggui.server.testing;

import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerContact;
import dev.zhanggui.customer.CustomerFilter;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.InviteCode;
import dev.zhanggui.customer.PhoneNumber;
import dev.zhanggui.customer.Profile;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The customers as a second server instance sees them: read from the customer table through the
 * instance's own connections, since the server's customer adapter is JPA and needs Quarkus. Enough
 * for the use cases that check a customer exists, find the caller by phone or load the customer of
 * an order; without address book, invoice profile and tags. Customers are registered on the
 * server only: {@link #add} is refused, and {@link #update} (a first call linking the caller's
 * account) writes nothing.
 */
public final class StoredCustomers implements CustomerRepository {
    private final JdbcStatements sql;

    public StoredCustomers(JdbcStatements sql) {
        this.sql = sql;
    }

    @Override
    public Optional<Customer> find(MerchantId merchant, CustomerId id) {
        return lookup(merchant, "id = ?", id.value());
    }

    @Override
    public Optional<Customer> findByPhone(MerchantId merchant, PhoneNumber phone) {
        return lookup(merchant, "phone = ?", phone.value());
    }

    private Optional<Customer> lookup(MerchantId merchant, String condition, Object value) {
        return sql.queryOne("""
                select id, phone, origin, account_subject, name, email, registered_at, invite_code, version
                from customer where merchant_id = ? and\s""" + condition, s -> {
            s.setString(1, merchant.value());
            s.setObject(2, value);
        }, r -> new Customer(new CustomerId(JdbcStatements.uuid(r, "id")), merchant,
                new PhoneNumber(r.getString("phone")), Customer.Origin.valueOf(r.getString("origin")),
                JdbcStatements.instant(r, "registered_at"), Optional.ofNullable(r.getString("account_subject")),
                new Profile(Optional.ofNullable(r.getString("name")), Optional.ofNullable(r.getString("email"))),
                List.of(), Optional.empty(), List.of(), new InviteCode(r.getString("invite_code")), Optional.empty(),
                r.getLong("version")));
    }

    @Override
    public Page<Customer> list(MerchantId merchant, CustomerFilter filter, PageRequest page) {
        throw new UnsupportedOperationException("the second instance lists no customers");
    }

    @Override
    public Map<CustomerId, CustomerContact> contacts(MerchantId merchant, Collection<CustomerId> ids) {
        throw new UnsupportedOperationException("the second instance exports no orders");
    }

    @Override
    public void add(Customer customer) {
        throw new UnsupportedOperationException("customers are registered on the server");
    }

    @Override
    public void update(Customer customer) {
    }
}
