package dev.zhanggui.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.customer.CustomerRegistered;
import dev.zhanggui.customer.MemberLevelId;
import dev.zhanggui.customer.Tag;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static dev.zhanggui.promotion.CouponFixture.SHOP;
import static dev.zhanggui.promotion.CouponFixture.customer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Customers get coupons by code, grant and gift pack; orders reserve, consume and release them. */
class CouponScenarioTest {
    private final CouponFixture f = new CouponFixture(new InMemoryTransactions());

    private CustomerId idOf(Actor actor) {
        return f.customers.me(actor).id();
    }

    @Test
    void a_shared_code_gives_one_coupon_per_customer_up_to_its_limit() {
        CouponTemplate welcome = f.templates.create(f.admin, CouponFixture.tenOff(100, 1));
        f.templates.addSharedCode(f.admin, welcome.id(), "welcome10", 2);

        Coupon first = f.coupons.claim(customer(1), " WELCOME10 ");
        assertThat(first.source()).isEqualTo(CouponSource.CODE);
        assertThat(first.window().until()).contains(CouponFixture.START.plus(Duration.ofDays(30)));
        assertThatThrownBy(() -> f.coupons.claim(customer(1), "WELCOME10"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_LIMIT_REACHED);
        f.coupons.claim(customer(2), "welcome10");
        assertThatThrownBy(() -> f.coupons.claim(customer(3), "WELCOME10"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_CODE_EXHAUSTED);
        assertThat(f.issuance.issued(SHOP, welcome.id())).isEqualTo(2);
        assertThatThrownBy(() -> f.templates.addSharedCode(f.admin, welcome.id(), "WELCOME10", 5))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_CODE_TAKEN);
    }

    @Test
    void unique_codes_work_once_and_unknown_codes_are_refused() {
        CouponTemplate template = f.templates.create(f.admin, CouponFixture.tenOff(100, 5));
        List<CouponCode> codes = f.templates.generateCodes(f.admin, template.id(), 3);
        assertThat(codes).extracting(CouponCode::code).doesNotHaveDuplicates().allMatch(c -> c.length() == 12);
        f.coupons.claim(customer(1), codes.getFirst().code());
        assertThatThrownBy(() -> f.coupons.claim(customer(2), codes.getFirst().code()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_CODE_EXHAUSTED);
        f.coupons.claim(customer(1), codes.get(1).code());
        assertThatThrownBy(() -> f.coupons.claim(customer(1), "NOSUCHCODE"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_CODE_UNKNOWN);
        assertThatThrownBy(() -> f.coupons.claim(customer(1), "no"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_CODE_INVALID);
        f.templates.enable(f.admin, template.id(), false);
        assertThatThrownBy(() -> f.coupons.claim(customer(3), codes.get(2).code()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_CODE_UNKNOWN);
    }

    @Test
    void an_expired_fixed_window_cannot_be_claimed() {
        CouponTemplate template = f.templates.create(f.admin, CouponFixture.fixedWindow(1));
        f.templates.addSharedCode(f.admin, template.id(), "LATE", 10);
        f.clock.advance(Duration.ofDays(2));
        assertThatThrownBy(() -> f.coupons.claim(customer(1), "LATE"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_EXPIRED);
    }

    @Test
    void staff_grant_to_all_tagged_levelled_or_listed_members_within_the_total() {
        CustomerId a = idOf(customer(1));
        CustomerId b = idOf(customer(2));
        CustomerId c = idOf(customer(3));
        MemberLevelId gold = new MemberLevelId(UUID.randomUUID());
        f.audience.register(SHOP, a, Set.of(new Tag("VIP")), Optional.of(gold));
        f.audience.register(SHOP, b, Set.of(), Optional.of(gold));
        f.audience.register(SHOP, c, Set.of(new Tag("VIP")), Optional.empty());

        CouponTemplate template = f.templates.create(f.admin, CouponFixture.tenOff(4, 1));
        assertThat(f.coupons.grant(f.admin, template.id(), new GrantTarget.Tagged(new Tag("VIP"))).issued()).isEqualTo(2);
        GrantResult byLevel = f.coupons.grant(f.admin, template.id(), new GrantTarget.AtLevel(gold));
        assertThat(byLevel.issued()).isEqualTo(1);
        assertThat(byLevel.skipped()).containsEntry(a, IssueOutcome.CUSTOMER_LIMIT_REACHED);

        CouponTemplate scarce = f.templates.create(f.admin, CouponFixture.tenOff(2, 1));
        GrantResult all = f.coupons.grant(f.admin, scarce.id(), new GrantTarget.AllMembers());
        assertThat(all.issued()).isEqualTo(2);
        assertThat(all.skipped()).containsEntry(c, IssueOutcome.SOLD_OUT);

        CouponTemplate listed = f.templates.create(f.admin, CouponFixture.tenOff(10, 2));
        assertThat(f.coupons.grant(f.admin, listed.id(), new GrantTarget.Listed(List.of(b))).issued()).isEqualTo(1);
        assertThat(f.coupons.mine(customer(2), Optional.empty())).extracting(Coupon::source)
                .containsOnly(CouponSource.GRANT).hasSize(3);
        assertThatThrownBy(() -> f.coupons.grant(customer(1), listed.id(), new GrantTarget.AllMembers()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.FORBIDDEN);
    }

    @Test
    void a_new_customer_receives_the_gift_pack() {
        CouponTemplate tenOff = f.templates.create(f.admin, CouponFixture.tenOff(100, 3));
        CouponTemplate percent = f.templates.create(f.admin, new CouponTerms("新人9折",
                new CouponBenefit.Rate(new BigDecimal("0.9"), Optional.of(Money.of("20.00"))), Money.zero(),
                CouponScope.ALL, new CouponValidity.DaysFromClaim(7), 100, 1, false));
        f.templates.chooseGiftPack(f.admin, List.of(tenOff.id(), percent.id()));

        f.customers.me(customer(7));
        CustomerRegistered registered = f.events.eventsOf(CustomerRegistered.class).getFirst();
        List<Coupon> pack = f.coupons.grantGiftPack(registered);
        assertThat(pack).extracting(Coupon::template).containsExactly(tenOff.id(), percent.id());
        assertThat(pack).extracting(Coupon::source).containsOnly(CouponSource.GIFT_PACK);
        assertThat(f.coupons.grantGiftPack(registered)).as("a replayed event gives nothing more").isEmpty();
    }

    @Test
    void an_order_reserves_then_consumes_or_releases_a_coupon() {
        CouponTemplate template = f.templates.create(f.admin, CouponFixture.tenOff(100, 1));
        f.templates.addSharedCode(f.admin, template.id(), "SAVE10", 100);
        Coupon coupon = f.coupons.claim(customer(1), "SAVE10");
        CustomerId holder = coupon.holder();

        f.coupons.reserve(SHOP, holder, coupon.id(), "order-1");
        assertThatThrownBy(() -> f.coupons.reserve(SHOP, holder, coupon.id(), "order-2"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_NOT_AVAILABLE);
        assertThatThrownBy(() -> f.coupons.consume(SHOP, holder, coupon.id(), "order-2"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_NOT_AVAILABLE);
        assertThat(f.coupons.release(SHOP, holder, coupon.id(), "order-1").status())
                .isEqualTo(CouponStatus.AVAILABLE);
        assertThatThrownBy(() -> f.coupons.consume(SHOP, holder, coupon.id(), "order-1"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_NOT_AVAILABLE);

        f.coupons.reserve(SHOP, holder, coupon.id(), "order-3");
        Coupon used = f.coupons.consume(SHOP, holder, coupon.id(), "order-3");
        assertThat(used.status()).isEqualTo(CouponStatus.USED);
        assertThat(used.usedAt()).contains(CouponFixture.START);
        assertThatThrownBy(() -> f.coupons.release(SHOP, holder, coupon.id(), "order-3"))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_NOT_AVAILABLE);
        assertThatThrownBy(() -> f.coupons.reserve(SHOP, idOf(customer(2)), coupon.id(), "order-4"))
                .as("someone else's coupon").hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_NOT_FOUND);
        assertThat(f.coupons.mine(customer(1), Optional.of(CouponStatus.USED))).hasSize(1);
    }

    @Test
    void a_coupon_past_its_window_is_expired_and_cannot_be_reserved() {
        CouponTemplate template = f.templates.create(f.admin, CouponFixture.tenOff(100, 1));
        f.templates.addSharedCode(f.admin, template.id(), "SOON", 100);
        Coupon coupon = f.coupons.claim(customer(1), "SOON");
        f.clock.advance(Duration.ofDays(30));
        assertThat(f.coupons.mine(customer(1), Optional.of(CouponStatus.EXPIRED))).hasSize(1);
        assertThat(f.coupons.mine(customer(1), Optional.of(CouponStatus.AVAILABLE))).isEmpty();
        assertThatThrownBy(() -> f.coupons.reserve(SHOP, coupon.holder(), coupon.id(), "order-1"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.COUPON_EXPIRED));
    }

    @Test
    void invalid_templates_are_refused_with_their_fields() {
        assertThatThrownBy(() -> f.templates.create(f.admin, new CouponTerms("", new CouponBenefit.FixedAmount(
                Money.of("10.00")), Money.of("-1.00"), CouponScope.ALL, new CouponValidity.DaysFromClaim(3), 0, 1,
                true))).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.fieldErrors())
                .extracting(fe -> fe.field()).containsExactly("name", "minimumSpend", "totalQuantity",
                        "perCustomerLimit"));
        assertThatThrownBy(() -> new CouponBenefit.Rate(BigDecimal.ONE, Optional.empty()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_TEMPLATE_INVALID);
        assertThatThrownBy(() -> new CouponScope(CouponScope.Kind.PRODUCTS, Set.of()))
                .hasFieldOrPropertyWithValue("code", ErrorCode.COUPON_TEMPLATE_INVALID);
    }
}
