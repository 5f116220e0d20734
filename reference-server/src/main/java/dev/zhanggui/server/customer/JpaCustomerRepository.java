package dev.zhanggui.server.customer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.customer.Address;
import dev.zhanggui.customer.AddressDetails;
import dev.zhanggui.customer.AddressId;
import dev.zhanggui.customer.Customer;
import dev.zhanggui.customer.CustomerContact;
import dev.zhanggui.customer.CustomerFilter;
import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRepository;
import dev.zhanggui.customer.InviteCode;
import dev.zhanggui.customer.InvoiceProfile;
import dev.zhanggui.customer.PhoneNumber;
import dev.zhanggui.customer.Profile;
import dev.zhanggui.customer.Referral;
import dev.zhanggui.customer.Referrals;
import dev.zhanggui.customer.Tag;
import dev.zhanggui.server.shared.AfterCommit;
import dev.zhanggui.server.shared.JdbcStatements;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Customers in PostgreSQL, with their invite codes and inviters; every query is confined to the merchant it is given. */
@ApplicationScoped
public class JpaCustomerRepository implements CustomerRepository, Referrals {
    /**
     * Customer ids found by their phone and login, kept for the life of the process: a customer is
     * found by phone, which never changes and is unique per merchant, and customers are never
     * deleted, so the answer found once stays true. (A phone's customer linked to another login
     * since is still that phone's customer, which is whom the caller is.) Every authenticated
     * customer request asks this, so it saves a statement each. Bounded: emptied when full.
     */
    private final Map<Linked, CustomerId> linked = new ConcurrentHashMap<>();
    private static final int MOST_LINKED = 100_000;

    @Inject
    EntityManager em;
    @Inject
    JdbcStatements sql;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;
    @Inject
    TransactionSynchronizationRegistry transactions;

    @Override
    public Optional<Customer> find(MerchantId merchant, CustomerId id) {
        return read("c.id = ?", merchant, s -> s.setObject(2, id.value()));
    }

    @Override
    public Optional<Customer> findByPhone(MerchantId merchant, PhoneNumber phone) {
        return read("c.phone = ?", merchant, s -> s.setString(2, phone.value()));
    }

    /**
     * One customer with its address book and tags in one statement of plain JDBC: checkout reads the
     * caller's record every time, and through Hibernate that was three statements and a session to
     * flush. Writes stay with JPA ({@link #add}, {@link #update} load the entity themselves and flush
     * at once, so a read after a write in the same unit of work sees it).
     */
    private Optional<Customer> read(String where, MerchantId merchant, JdbcStatements.Binder key) {
        return sql.queryOne("""
                select c.id, c.phone, c.origin, c.registered_at, c.account_subject, c.name, c.email,
                       c.invoice_title, c.invoice_taxpayer_id, c.invoice_account_name, c.invoice_bank,
                       c.invoice_bank_account, c.invite_code, c.referrer_id, c.referred_via, c.referred_at,
                       c.version,
                       (select coalesce(json_agg(json_build_object('id', a.id, 'recipient', a.recipient,
                               'phone', a.phone, 'province', a.province, 'city', a.city, 'district', a.district,
                               'detail', a.detail, 'postalCode', a.postal_code, 'isDefault', a.is_default)
                               order by a.position), '[]')
                        from customer_address a where a.customer_id = c.id)::text,
                       array(select t.tag from customer_tag t where t.customer_id = c.id order by t.tag)
                from customer c where c.merchant_id = ? and\s""" + where, s -> {
            s.setString(1, merchant.value());
            key.bind(s);
        }, r -> {
            String title = r.getString(8);
            Optional<InvoiceProfile> invoice = title == null ? Optional.empty() : Optional.of(new InvoiceProfile(
                    title, Optional.ofNullable(r.getString(9)), Optional.ofNullable(r.getString(10)),
                    Optional.ofNullable(r.getString(11)), Optional.ofNullable(r.getString(12))));
            UUID referrer = r.getObject(14, UUID.class);
            Optional<Referral> referral = referrer == null ? Optional.empty() : Optional.of(new Referral(
                    new CustomerId(referrer), Referral.Via.valueOf(r.getString(15)), JdbcStatements.instant(r, 16)));
            List<Tag> tags = new ArrayList<>();
            for (String tag : (String[]) r.getArray(19).getArray()) {
                tags.add(new Tag(tag));
            }
            return new Customer(new CustomerId(r.getObject(1, UUID.class)), merchant, new PhoneNumber(r.getString(2)),
                    Customer.Origin.valueOf(r.getString(3)), JdbcStatements.instant(r, 4),
                    Optional.ofNullable(r.getString(5)), Profile.of(r.getString(6), r.getString(7)),
                    addresses(r.getString(18)), invoice, tags, new InviteCode(r.getString(13)), referral,
                    r.getLong(17));
        });
    }

    private List<Address> addresses(String text) {
        try {
            List<Address> addresses = new ArrayList<>();
            for (JsonNode a : json.readTree(text)) {
                JsonNode postalCode = a.get("postalCode");
                addresses.add(new Address(new AddressId(UUID.fromString(a.get("id").asText())), new AddressDetails(
                        a.get("recipient").asText(), a.get("phone").asText(), a.get("province").asText(),
                        a.get("city").asText(), a.get("district").asText(), a.get("detail").asText(),
                        postalCode == null || postalCode.isNull() ? Optional.empty() : Optional.of(postalCode.asText())),
                        a.get("isDefault").asBoolean()));
            }
            return addresses;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("unreadable address book", e);
        }
    }

    @Override
    public Optional<CustomerId> findLinkedId(MerchantId merchant, PhoneNumber phone, String accountSubject) {
        // Plain JDBC: no Hibernate session for the most frequent lookup of all. A customer added in
        // this unit of work and not yet flushed is not seen; the caller then loads it through JPA.
        // Once found, kept across requests: see linked.
        Linked key = new Linked(merchant, phone.value(), accountSubject);
        CustomerId known = linked.get(key);
        if (known != null) {
            return Optional.of(known);
        }
        Optional<CustomerId> found = sql.queryOne(
                "select id from customer where merchant_id = ? and phone = ? and account_subject = ?", s -> {
                    s.setString(1, merchant.value());
                    s.setString(2, phone.value());
                    s.setString(3, accountSubject);
                }, r -> new CustomerId(r.getObject(1, UUID.class)));
        found.ifPresent(id -> remember(key, id));
        return found;
    }

    private record Linked(MerchantId merchant, String phone, String accountSubject) {
    }

    /**
     * Kept once what was read is committed: inside a unit of work the row may be one it wrote
     * itself (a customer registered a moment ago), gone again if it rolls back.
     */
    private void remember(Linked key, CustomerId id) {
        AfterCommit.run(transactions, () -> keep(key, id));
    }

    private void keep(Linked key, CustomerId id) {
        if (linked.size() >= MOST_LINKED) {
            linked.clear();
        }
        linked.put(key, id);
    }

    @Override
    public Page<Customer> list(MerchantId merchant, CustomerFilter filter, PageRequest page) {
        StringBuilder jpql = new StringBuilder("select c from CustomerEntity c where c.merchantId = :m");
        Map<String, Object> params = new HashMap<>();
        params.put("m", merchant.value());
        filter.phonePrefix().ifPresent(p -> {
            jpql.append(" and c.phone like :phone");
            params.put("phone", p.replace("\\", "").replace("%", "").replace("_", "") + "%");
        });
        filter.tag().ifPresent(t -> {
            jpql.append(" and exists (select 1 from CustomerEntity t join t.tags tag"
                    + " where t = c and tag.merchantId = :m and tag.tag = :tag)");
            params.put("tag", t.value());
        });
        Optional<UUID> after = page.afterPosition().map(JpaCustomerRepository::cursorId);
        after.ifPresent(id -> {
            jpql.append(" and c.id > :after");
            params.put("after", id);
        });
        jpql.append(" order by c.id");
        TypedQuery<CustomerEntity> query = em.createQuery(jpql.toString(), CustomerEntity.class)
                .setMaxResults(page.limit() + 1);
        params.forEach(query::setParameter);
        List<Customer> rows = query.getResultList().stream().map(JpaCustomerRepository::toDomain).toList();
        return Page.fromOverfetch(rows, page.limit(), c -> c.id().value().toString());
    }

    @Override
    public Optional<Customer> findByInviteCode(MerchantId merchant, InviteCode code) {
        return em.createQuery("from CustomerEntity where merchantId = :m and inviteCode = :code", CustomerEntity.class)
                .setParameter("m", merchant.value()).setParameter("code", code.value())
                .getResultStream().findFirst().map(JpaCustomerRepository::toDomain);
    }

    @Override
    public Page<Customer> invitees(MerchantId merchant, CustomerId inviter, PageRequest page) {
        Optional<UUID> after = page.afterPosition().map(JpaCustomerRepository::cursorId);
        TypedQuery<CustomerEntity> query = em.createQuery("select c from CustomerEntity c where c.merchantId = :m"
                        + " and c.referrerId = :inviter" + (after.isPresent() ? " and c.id < :after" : "")
                        + " order by c.id desc", CustomerEntity.class)
                .setParameter("m", merchant.value()).setParameter("inviter", inviter.value())
                .setMaxResults(page.limit() + 1);
        after.ifPresent(id -> query.setParameter("after", id));
        List<Customer> rows = query.getResultList().stream().map(JpaCustomerRepository::toDomain).toList();
        return Page.fromOverfetch(rows, page.limit(), c -> c.id().value().toString());
    }

    @Override
    public long countInvitees(MerchantId merchant, CustomerId inviter) {
        return em.createQuery("select count(c) from CustomerEntity c where c.merchantId = :m and c.referrerId = :inviter",
                        Long.class)
                .setParameter("m", merchant.value()).setParameter("inviter", inviter.value()).getSingleResult();
    }

    @Override
    public Map<CustomerId, CustomerContact> contacts(MerchantId merchant, Collection<CustomerId> ids) {
        // the three columns only: loading the entities would read each one's addresses and tags
        Map<CustomerId, CustomerContact> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        em.createQuery("select c.id, c.phone, c.name from CustomerEntity c where c.merchantId = :m and c.id in :ids",
                        Object[].class)
                .setParameter("m", merchant.value()).setParameter("ids", ids.stream().map(CustomerId::value).toList())
                .getResultList().forEach(r -> {
                    CustomerId id = new CustomerId((UUID) r[0]);
                    found.put(id, new CustomerContact(id, new PhoneNumber((String) r[1]),
                            Optional.ofNullable((String) r[2])));
                });
        return found;
    }

    @Override
    public void add(Customer customer) {
        CustomerEntity entity = new CustomerEntity();
        entity.id = customer.id().value();
        entity.merchantId = customer.merchant().value();
        entity.phone = customer.phone().value();
        entity.origin = customer.origin().name();
        entity.registeredAt = customer.registeredAt();
        entity.inviteCode = customer.inviteCode().value();
        copy(customer, entity);
        try {
            em.persist(entity);
            em.flush();
        } catch (PersistenceException e) {
            ConstraintViolationException violation = e instanceof ConstraintViolationException direct ? direct
                    : e.getCause() instanceof ConstraintViolationException cause ? cause : null;
            if (violation != null) {
                boolean codeClash = violation.getConstraintName() != null
                        && violation.getConstraintName().contains("customer_invite_code_unique");
                throw new DomainException(codeClash ? ErrorCode.CUSTOMER_INVITE_CODE_TAKEN
                        : ErrorCode.CUSTOMER_PHONE_TAKEN);
            }
            throw e;
        }
        customer.stored(entity.version);
    }

    @Override
    public void update(Customer customer) {
        CustomerEntity entity = entity(customer.merchant(), customer.id().value())
                .orElseThrow(() -> new DomainException(ErrorCode.CUSTOMER_NOT_FOUND));
        if (entity.version != customer.version()) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        copy(customer, entity);
        try {
            em.flush();
            if (entity.version == customer.version()) {
                // Only the address book changed, which Hibernate does not count as a change of the
                // customer row: move the version anyway, so that every change is visible in it.
                em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
        } catch (OptimisticLockException e) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        customer.stored(entity.version);
    }

    private Optional<CustomerEntity> entity(MerchantId merchant, UUID id) {
        CustomerEntity entity = em.find(CustomerEntity.class, id);
        return Optional.ofNullable(entity).filter(e -> e.merchantId.equals(merchant.value()));
    }

    private static UUID cursorId(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }

    private void copy(Customer customer, CustomerEntity entity) {
        entity.accountSubject = customer.accountSubject().orElse(null);
        entity.name = customer.profile().name().orElse(null);
        entity.email = customer.profile().email().orElse(null);
        Optional<InvoiceProfile> invoice = customer.invoiceProfile();
        entity.invoiceTitle = invoice.map(InvoiceProfile::invoiceTitle).orElse(null);
        entity.invoiceTaxpayerId = invoice.flatMap(InvoiceProfile::taxpayerId).orElse(null);
        entity.invoiceAccountName = invoice.flatMap(InvoiceProfile::accountName).orElse(null);
        entity.invoiceBank = invoice.flatMap(InvoiceProfile::bank).orElse(null);
        entity.invoiceBankAccount = invoice.flatMap(InvoiceProfile::bankAccount).orElse(null);
        entity.referrerId = customer.referral().map(r -> r.inviter().value()).orElse(null);
        entity.referredVia = customer.referral().map(r -> r.via().name()).orElse(null);
        entity.referredAt = customer.referral().map(Referral::at).orElse(null);
        entity.updatedAt = clock.instant();
        copyAddresses(customer, entity);
        entity.tags.clear();
        customer.tags().forEach(t -> entity.tags.add(new CustomerTagValue(entity.merchantId, t.value())));
    }

    private static void copyAddresses(Customer customer, CustomerEntity entity) {
        Map<UUID, CustomerAddressEntity> existing = new HashMap<>();
        entity.addresses.forEach(a -> existing.put(a.id, a));
        List<CustomerAddressEntity> next = new ArrayList<>();
        int position = 0;
        for (Address address : customer.addresses()) {
            CustomerAddressEntity row = existing.getOrDefault(address.id().value(), new CustomerAddressEntity());
            row.id = address.id().value();
            row.merchantId = entity.merchantId;
            row.customer = entity;
            row.position = position++;
            AddressDetails d = address.details();
            row.recipient = d.recipient();
            row.phone = d.phone();
            row.province = d.province();
            row.city = d.city();
            row.district = d.district();
            row.detail = d.detail();
            row.postalCode = d.postalCode().orElse(null);
            row.isDefault = address.isDefault();
            next.add(row);
        }
        entity.addresses.retainAll(next);
        next.stream().filter(row -> !entity.addresses.contains(row)).forEach(entity.addresses::add);
        entity.addresses.sort((a, b) -> Integer.compare(a.position, b.position));
    }

    static Customer toDomain(CustomerEntity e) {
        List<Address> addresses = e.addresses.stream()
                .map(a -> new Address(new AddressId(a.id), new AddressDetails(a.recipient, a.phone, a.province, a.city,
                        a.district, a.detail, Optional.ofNullable(a.postalCode)), a.isDefault))
                .toList();
        Optional<InvoiceProfile> invoice = Optional.ofNullable(e.invoiceTitle).map(title -> new InvoiceProfile(title,
                Optional.ofNullable(e.invoiceTaxpayerId), Optional.ofNullable(e.invoiceAccountName),
                Optional.ofNullable(e.invoiceBank), Optional.ofNullable(e.invoiceBankAccount)));
        return new Customer(new CustomerId(e.id), MerchantId.of(e.merchantId), new PhoneNumber(e.phone),
                Customer.Origin.valueOf(e.origin), e.registeredAt, Optional.ofNullable(e.accountSubject),
                Profile.of(e.name, e.email), addresses, invoice,
                e.tags.stream().map(t -> new Tag(t.tag)).toList(), new InviteCode(e.inviteCode),
                Optional.ofNullable(e.referrerId).map(inviter -> new Referral(new CustomerId(inviter),
                        Referral.Via.valueOf(e.referredVia), e.referredAt)), e.version);
    }
}
