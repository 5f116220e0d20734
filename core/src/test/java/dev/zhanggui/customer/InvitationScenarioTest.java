package dev.zhanggui.customer;

import dev.zhanggui.customer.inmemory.InMemoryCustomerRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import dev.zhanggui.shared.inmemory.ManualClock;
import dev.zhanggui.shared.inmemory.RecordingEventPublisher;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * 邀请有礼 as merchants describe it: every customer has a short invite code; a new customer names
 * who invited them, once, within a week and before their first order, or staff link them when
 * they register them; inviters see how many they invited and who.
 */
class InvitationScenarioTest {
    private static final MerchantId SHOP = MerchantId.of("shop");
    private static final MerchantId OTHER_SHOP = MerchantId.of("other");

    private final ManualClock clock = ManualClock.at(Instant.parse("2026-06-08T02:00:00Z"));
    private final RecordingEventPublisher events = new RecordingEventPublisher();
    private final InMemoryCustomerRepository repository = new InMemoryCustomerRepository();
    private final InMemoryTransactions transactions = new InMemoryTransactions();
    private final Set<CustomerId> ordered = new HashSet<>();
    private final Deque<InviteCode> drawnCodes = new ArrayDeque<>();
    private final RandomInviteCodes random = new RandomInviteCodes();
    private final CustomerService customers = new CustomerService(repository, new DefaultPhoneNumberPolicy(),
            merchant -> drawnCodes.isEmpty() ? random.newCode(merchant) : drawnCodes.pop(), repository,
            transactions, events, new TimeOrderedIdGenerator(clock), clock);
    private final InvitationService invitations = new InvitationService(repository, repository, customers,
            (merchant, customer) -> ordered.contains(customer), new DefaultReferrerLinkPolicy(), transactions,
            events, clock);
    private final Actor staff = Actor.staff(SHOP, "staff-1");
    private int phones;

    @Test
    void every_customer_gets_a_short_readable_code_of_their_own() {
        Actor wang = newCustomer();
        Invite card = invitations.myInvite(wang);

        assertThat(card.code().value()).hasSize(RandomInviteCodes.LENGTH)
                .matches("[" + RandomInviteCodes.ALPHABET + "]+").doesNotContain("0", "O", "1", "I");
        assertThat(card.invitedCount()).isZero();
        assertThat(card.referral()).isEmpty();
        assertThat(invitations.myInvite(wang).code()).isEqualTo(card.code());
        Customer byStaff = customers.create(staff, new NewCustomer(nextPhone(), null, null, List.of()));
        assertThat(byStaff.inviteCode()).isNotEqualTo(card.code());
    }

    @Test
    void a_code_already_taken_is_drawn_again() {
        Actor first = newCustomer();
        InviteCode taken = invitations.myInvite(first).code();
        drawnCodes.push(new InviteCode("ABCD2345"));
        drawnCodes.push(taken);

        Customer second = customers.create(staff, new NewCustomer(nextPhone(), null, null, List.of()));

        assertThat(second.inviteCode().value()).isEqualTo("ABCD2345");
    }

    @Test
    void a_new_customer_names_their_inviter_and_the_inviter_sees_them() {
        Actor li = newCustomer();
        customers.updateMe(li, new ProfileChange(java.util.Optional.of("李雷"), java.util.Optional.empty()),
                java.util.Optional.empty());
        Actor wang = newCustomer();
        InviteCode wangsCode = invitations.myInvite(wang).code();
        clock.advance(Duration.ofDays(6));

        Invite linked = invitations.setMyReferrer(li, " " + wangsCode.value().toLowerCase().substring(0, 4) + "-"
                + wangsCode.value().substring(4) + " ");

        CustomerId wangId = customers.me(wang).id();
        assertThat(linked.referral()).hasValueSatisfying(r -> {
            assertThat(r.inviter()).isEqualTo(wangId);
            assertThat(r.via()).isEqualTo(Referral.Via.SELF);
            assertThat(r.at()).isEqualTo(clock.instant());
        });
        assertThat(events.eventsOf(CustomerReferred.class)).singleElement()
                .satisfies(e -> assertThat(e.inviter()).isEqualTo(wangId));
        assertThat(invitations.myInvite(wang).invitedCount()).isEqualTo(1);
        Page<Invitee> invitees = invitations.myInvitees(wang, PageRequest.first(10));
        assertThat(invitees.items()).singleElement().satisfies(i -> {
            assertThat(i.maskedPhone()).matches("138\\*{4}\\d{4}").isNotEqualTo(customers.me(li).phone().value());
            assertThat(i.name()).contains("李雷");
            assertThat(i.invitedAt()).isEqualTo(clock.instant());
        });
        assertThat(invitations.inviteOf(staff, customers.me(li).id()).referral()).isPresent();

        assertThatThrownBy(() -> invitations.setMyReferrer(li, wangsCode.value()))
                .extracting("code").isEqualTo(ErrorCode.CUSTOMER_REFERRER_ALREADY_SET);
    }

    @Test
    void the_inviter_can_no_longer_be_named_after_seven_days_or_after_the_first_order() {
        InviteCode code = invitations.myInvite(newCustomer()).code();
        Actor late = newCustomer();
        Actor buyer = newCustomer();
        clock.advance(Duration.ofDays(7).plusSeconds(1));
        assertThatThrownBy(() -> invitations.setMyReferrer(late, code.value()))
                .extracting("code").isEqualTo(ErrorCode.CUSTOMER_REFERRER_TOO_LATE);

        Actor fresh = newCustomer();
        ordered.add(customers.me(fresh).id());
        assertThatThrownBy(() -> invitations.setMyReferrer(fresh, code.value()))
                .extracting("code").isEqualTo(ErrorCode.CUSTOMER_REFERRER_TOO_LATE);
        assertThat(invitations.myInvite(buyer).referral()).isEmpty();
        assertThat(events.eventsOf(CustomerReferred.class)).isEmpty();
    }

    @Test
    void unknown_codes_ones_own_code_and_a_loop_are_refused() {
        Actor wang = newCustomer();
        Actor li = newCustomer();
        assertThatThrownBy(() -> invitations.setMyReferrer(wang, "ZZZZ2222")).isInstanceOfSatisfying(
                DomainException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_REFERRER_INVALID);
                    assertThat(e.fieldErrors()).extracting(f -> f.field()).containsExactly("inviteCode");
                });
        for (String notACode : new String[]{"", "ab", "好友邀请码", "ABCDEFGHJKLMNPQRS"}) {
            assertThatThrownBy(() -> invitations.setMyReferrer(wang, notACode))
                    .extracting("code").isEqualTo(ErrorCode.CUSTOMER_REFERRER_INVALID);
        }
        assertThatThrownBy(() -> invitations.setMyReferrer(wang, invitations.myInvite(wang).code().value()))
                .extracting("code").isEqualTo(ErrorCode.CUSTOMER_REFERRER_INVALID);

        Actor zhao = newCustomer();
        invitations.setMyReferrer(li, invitations.myInvite(wang).code().value());
        invitations.setMyReferrer(zhao, invitations.myInvite(li).code().value());
        assertThatThrownBy(() -> invitations.setMyReferrer(wang, invitations.myInvite(zhao).code().value()))
                .extracting("code").isEqualTo(ErrorCode.CUSTOMER_REFERRER_INVALID);
        assertThat(invitations.myInvite(wang).referral()).isEmpty();
    }

    @Test
    void a_code_of_another_merchant_names_nobody() {
        Actor elsewhere = Actor.customer(OTHER_SHOP, "kc-other", "13900009999");
        InviteCode theirs = invitations.myInvite(elsewhere).code();

        assertThatThrownBy(() -> invitations.setMyReferrer(newCustomer(), theirs.value()))
                .extracting("code").isEqualTo(ErrorCode.CUSTOMER_REFERRER_INVALID);
    }

    @Test
    void staff_link_a_customer_they_register_to_the_customer_who_brought_them() {
        Actor wang = newCustomer();
        InviteCode code = invitations.myInvite(wang).code();

        Customer created = customers.create(staff, new NewCustomer(nextPhone(), "赵六", null, List.of(),
                code.value()));

        assertThat(created.referral()).hasValueSatisfying(r -> {
            assertThat(r.inviter()).isEqualTo(customers.me(wang).id());
            assertThat(r.via()).isEqualTo(Referral.Via.STAFF);
        });
        assertThat(events.eventsOf(CustomerReferred.class)).singleElement()
                .satisfies(e -> assertThat(e.invitee()).isEqualTo(created.id()));
        assertThat(invitations.inviteesOf(staff, customers.me(wang).id(), PageRequest.first(5)).items())
                .extracting(Customer::id).containsExactly(created.id());
        assertThatThrownBy(() -> customers.create(staff, new NewCustomer(nextPhone(), null, null, List.of(),
                "NOBODY22"))).extracting("code").isEqualTo(ErrorCode.CUSTOMER_REFERRER_INVALID);
        assertThatThrownBy(() -> invitations.inviteesOf(wang, created.id(), PageRequest.first(5)))
                .extracting("code").isEqualTo(ErrorCode.FORBIDDEN);
    }

    @Test
    void invitees_come_in_pages_newest_first() {
        Actor wang = newCustomer();
        String code = invitations.myInvite(wang).code().value();
        for (int i = 0; i < 5; i++) {
            invitations.setMyReferrer(newCustomer(), code);
        }

        Page<Invitee> first = invitations.myInvitees(wang, PageRequest.first(3));
        Page<Invitee> second = invitations.myInvitees(wang, PageRequest.of(3, first.next().orElseThrow()));

        assertThat(first.items()).hasSize(3);
        assertThat(second.items()).hasSize(2);
        assertThat(second.next()).isEmpty();
        assertThat(invitations.myInvite(wang).invitedCount()).isEqualTo(5);
    }

    private Actor newCustomer() {
        Actor customer = Actor.customer(SHOP, "kc-" + (++phones), nextPhone());
        customers.me(customer);
        return customer;
    }

    private String nextPhone() {
        return "1380000%04d".formatted(++phones);
    }
}
