package dev.zhanggui.customer;

import dev.zhanggui.customer.inmemory.InMemoryCustomerRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.VersionCheck;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import dev.zhanggui.shared.inmemory.RecordingEventPublisher;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The customer's life as merchants describe it: created by staff or at first login, then kept up. */
class CustomerScenarioTest {
    private static final MerchantId SHOP = MerchantId.of("shop");
    private static final MerchantId OTHER_SHOP = MerchantId.of("other");
    private final Clock clock = Clock.fixed(Instant.parse("2026-06-08T02:00:00Z"), ZoneOffset.UTC);
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final InMemoryCustomerRepository repository = new InMemoryCustomerRepository();
    private final CustomerService customers = new CustomerService(repository, new DefaultPhoneNumberPolicy(),
            new InMemoryTransactions(), events, new TimeOrderedIdGenerator(clock), clock);
    private final Actor staff = Actor.staff(SHOP, "staff-1");

    @Test
    void a_customer_staff_created_in_advance_is_linked_at_first_login_by_phone() {
        Customer created = customers.create(staff, new NewCustomer("+86 138-0000-0001", "张三", null, List.of("批发客户")));
        assertThat(created.phone().value()).isEqualTo("13800000001");
        assertThat(created.accountSubject()).isEmpty();

        Customer me = customers.me(Actor.customer(SHOP, "kc-user-1", "13800000001"));

        assertThat(me.id()).isEqualTo(created.id());
        assertThat(me.accountSubject()).contains("kc-user-1");
        assertThat(me.tags()).extracting(Tag::value).containsExactly("批发客户");
        assertThat(events.eventsOf(CustomerRegistered.class)).hasSize(1)
                .first().extracting(CustomerRegistered::origin).isEqualTo(Customer.Origin.CREATED_BY_STAFF);
    }

    @Test
    void a_new_customer_registers_at_their_first_call() {
        Customer me = customers.me(Actor.customer(SHOP, "kc-user-2", "13900000002"));

        assertThat(me.origin()).isEqualTo(Customer.Origin.SELF_REGISTERED);
        assertThat(me.registeredAt()).isEqualTo(clock.instant());
        assertThat(customers.me(Actor.customer(SHOP, "kc-user-2", "13900000002")).id()).isEqualTo(me.id());
        assertThat(events.eventsOf(CustomerRegistered.class)).hasSize(1);
    }

    @Test
    void the_phone_is_the_account_and_unique_per_merchant_only() {
        customers.create(staff, new NewCustomer("13800000003", null, null, List.of()));

        assertThatThrownBy(() -> customers.create(staff, new NewCustomer("138 0000 0003", null, null, List.of())))
                .isInstanceOf(DomainException.class).extracting("code").isEqualTo(ErrorCode.CUSTOMER_PHONE_TAKEN);
        Customer elsewhere = customers.create(Actor.staff(OTHER_SHOP, "s"), new NewCustomer("13800000003", null, null, List.of()));
        assertThat(elsewhere.merchant()).isEqualTo(OTHER_SHOP);
    }

    @Test
    void only_mainland_mobile_numbers_are_accepted() {
        for (String bad : List.of("12800000000", "1380000000", "138000000001", "abc", "+1 415 555 0100", "")) {
            assertThatThrownBy(() -> customers.create(staff, new NewCustomer(bad, null, null, List.of())))
                    .as(bad).isInstanceOf(DomainException.class)
                    .extracting("code").isEqualTo(ErrorCode.CUSTOMER_PHONE_INVALID);
        }
    }

    @Test
    void the_address_book_always_has_exactly_one_default() {
        Actor me = Actor.customer(SHOP, "u", "13800000004");
        Address home = customers.addAddress(me, address("家"), false);
        assertThat(home.isDefault()).as("the first address becomes the default").isTrue();

        Address office = customers.addAddress(me, address("公司"), true);
        Customer customer = customers.me(me);
        assertThat(customer.defaultAddress()).map(Address::id).contains(office.id());
        assertThat(customer.addresses()).filteredOn(Address::isDefault).hasSize(1);

        customers.setDefaultAddress(me, home.id());
        customers.removeAddress(me, home.id());
        assertThat(customers.me(me).defaultAddress()).map(Address::id).contains(office.id());

        customers.removeAddress(me, office.id());
        assertThat(customers.me(me).addresses()).isEmpty();
    }

    @Test
    void a_customer_keeps_at_most_twenty_addresses() {
        Actor me = Actor.customer(SHOP, "u", "13800000005");
        for (int i = 0; i < Customer.MAX_ADDRESSES; i++) {
            customers.addAddress(me, address("地址" + i), false);
        }
        assertThatThrownBy(() -> customers.addAddress(me, address("one too many"), false))
                .extracting("code").isEqualTo(ErrorCode.CUSTOMER_ADDRESS_LIMIT);
        assertThat(customers.me(me).addresses()).hasSize(Customer.MAX_ADDRESSES);
    }

    @Test
    void an_incomplete_address_names_every_missing_field() {
        assertThatThrownBy(() -> new AddressDetails(" ", "13800000001", "", "上海市", "浦东新区", "", Optional.of("12")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("recipient", "province", "detail", "postalCode"));
    }

    @Test
    void invoice_data_is_kept_for_checkout() {
        Actor me = Actor.customer(SHOP, "u", "13800000006");
        customers.setInvoiceProfile(me, new InvoiceProfile("上海某某实验室有限公司", Optional.of("91310115MA1K4XXXX1"),
                Optional.of("上海某某实验室有限公司"), Optional.of("招商银行上海分行"), Optional.of("6225 8800 1234 5678")));

        InvoiceProfile kept = customers.me(me).invoiceProfile().orElseThrow();
        assertThat(kept.taxpayerId()).contains("91310115MA1K4XXXX1");
        assertThatThrownBy(() -> new InvoiceProfile("", Optional.of("x"), Optional.empty(), Optional.empty(), Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                        .extracting(f -> f.field()).containsExactly("invoiceTitle", "taxpayerId"));
    }

    @Test
    void a_stale_version_is_refused_and_changes_nothing() {
        Customer customer = customers.create(staff, new NewCustomer("13800000007", "王五", null, List.of()));
        customers.update(staff, customer.id(), new ProfileChange(Optional.of("王五五"), Optional.empty()),
                Optional.of(customer.version()));

        assertThatThrownBy(() -> customers.update(staff, customer.id(),
                new ProfileChange(Optional.of("老王"), Optional.empty()), Optional.of(customer.version())))
                .isInstanceOfSatisfying(VersionCheck.VersionMismatchException.class,
                        e -> assertThat(e.current()).isEqualTo(customer.version() + 1));
        assertThat(customers.get(staff, customer.id()).profile().name()).contains("王五五");
    }

    @Test
    void a_profile_change_leaves_absent_fields_and_clears_blank_ones() {
        Customer customer = customers.create(staff, new NewCustomer("13800000008", "赵六", "zl@example.com", List.of()));

        customers.update(staff, customer.id(), new ProfileChange(Optional.empty(), Optional.of("")), Optional.empty());

        Profile profile = customers.get(staff, customer.id()).profile();
        assertThat(profile.name()).contains("赵六");
        assertThat(profile.email()).isEmpty();
    }

    @Test
    void staff_find_customers_by_phone_prefix_and_tag_page_by_page() {
        for (int i = 0; i < 5; i++) {
            customers.create(staff, new NewCustomer("1370000000" + i, null, null, i % 2 == 0 ? List.of("VIP") : List.of()));
        }
        List<Customer> seen = new ArrayList<>();
        Page<Customer> page = customers.list(staff, new CustomerFilter(Optional.of("137"), Optional.empty()), PageRequest.first(2));
        seen.addAll(page.items());
        while (page.next().isPresent()) {
            page = customers.list(staff, new CustomerFilter(Optional.of("137"), Optional.empty()),
                    new PageRequest(2, page.next()));
            seen.addAll(page.items());
        }
        assertThat(seen).extracting(c -> c.phone().value())
                .containsExactly("13700000000", "13700000001", "13700000002", "13700000003", "13700000004");
        assertThat(customers.list(staff, new CustomerFilter(Optional.empty(), Optional.of(new Tag("VIP"))),
                PageRequest.first(10)).items()).hasSize(3);
        assertThat(customers.list(Actor.staff(OTHER_SHOP, "s"), CustomerFilter.ALL, PageRequest.first(10)).items())
                .as("another merchant sees none of them").isEmpty();
    }

    @Test
    void customers_cannot_use_staff_operations_and_staff_have_no_me() {
        Actor customer = Actor.customer(SHOP, "u", "13800000009");
        assertThatThrownBy(() -> customers.list(customer, CustomerFilter.ALL, PageRequest.first(1)))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> customers.me(staff)).extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
        assertThatThrownBy(() -> customers.me(new Actor(SHOP, "u", Actor.Kind.CUSTOMER, Optional.empty())))
                .extracting("code").isEqualTo(ErrorCode.CUSTOMER_PHONE_MISSING);
    }

    @Test
    void tags_are_added_and_removed_and_bounded() {
        Customer customer = customers.create(staff, new NewCustomer("13800000010", null, null, List.of()));
        customers.tag(staff, customer.id(), List.of("VIP", "批发客户", "VIP"), Optional.empty());
        Customer untagged = customers.untag(staff, customer.id(), List.of("VIP"), Optional.empty());
        assertThat(untagged.tags()).extracting(Tag::value).containsExactly("批发客户");

        List<String> tooMany = java.util.stream.IntStream.range(0, Customer.MAX_TAGS + 1).mapToObj(i -> "t" + i).toList();
        assertThatThrownBy(() -> customers.tag(staff, customer.id(), tooMany, Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.CUSTOMER_TAG_LIMIT);
        assertThatThrownBy(() -> customers.tag(staff, customer.id(), List.of("x".repeat(33)), Optional.empty()))
                .extracting("code").isEqualTo(ErrorCode.CUSTOMER_TAG_INVALID);
    }

    private static AddressDetails address(String recipient) {
        return new AddressDetails(recipient, "13800000001", "上海市", "上海市", "浦东新区", "世纪大道 100 号",
                Optional.empty());
    }
}
