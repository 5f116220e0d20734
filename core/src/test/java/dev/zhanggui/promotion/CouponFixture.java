package dev.zhanggui.promotion;

import dev.zhanggui.shared.inmemory.ManualClock;
import dev.zhanggui.customer.CustomerService;
import dev.zhanggui.customer.DefaultPhoneNumberPolicy;
import dev.zhanggui.customer.inmemory.InMemoryCustomerRepository;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.promotion.inmemory.InMemoryCouponAudience;
import dev.zhanggui.promotion.inmemory.InMemoryCouponCodeRepository;
import dev.zhanggui.promotion.inmemory.InMemoryCouponIssuance;
import dev.zhanggui.promotion.inmemory.InMemoryCouponRepository;
import dev.zhanggui.promotion.inmemory.InMemoryCouponTemplateRepository;
import dev.zhanggui.promotion.inmemory.InMemoryGiftPackSettings;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Money;
import dev.zhanggui.shared.TimeOrderedIdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.inmemory.RecordingEventPublisher;

import java.time.Duration;
import java.time.Instant;

/** The coupon use cases wired on in-memory ports, with a clock the test moves. */
final class CouponFixture {
    static final MerchantId SHOP = MerchantId.of("shop");
    static final Instant START = Instant.parse("2026-11-22T04:00:00Z");

    final ManualClock clock = ManualClock.at(START);
    final TimeOrderedIdGenerator ids = new TimeOrderedIdGenerator(clock);
    final RecordingEventPublisher events = new RecordingEventPublisher();
    final InMemoryCouponIssuance issuance = new InMemoryCouponIssuance();
    final InMemoryCouponRepository couponRepository = new InMemoryCouponRepository();
    final InMemoryCouponAudience audience = new InMemoryCouponAudience();
    final CustomerService customers;
    final CouponTemplateService templates;
    final CouponService coupons;
    final Actor admin = Actor.admin(SHOP, "admin");

    CouponFixture(Transactions transactions) {
        customers = new CustomerService(new InMemoryCustomerRepository(), new DefaultPhoneNumberPolicy(), transactions,
                events, ids, clock);
        InMemoryCouponTemplateRepository templateRepository = new InMemoryCouponTemplateRepository();
        InMemoryCouponCodeRepository codes = new InMemoryCouponCodeRepository();
        InMemoryGiftPackSettings giftPacks = new InMemoryGiftPackSettings();
        templates = new CouponTemplateService(templateRepository, codes, giftPacks, transactions, ids);
        coupons = new CouponService(templateRepository, couponRepository, codes, issuance, audience, giftPacks,
                customers, transactions, ids, clock);
    }

    static Actor customer(int n) {
        return Actor.customer(SHOP, "kc-" + n, "138%08d".formatted(n));
    }

    static CouponTerms tenOff(int total, int perCustomer) {
        return new CouponTerms("满100减10", new CouponBenefit.FixedAmount(Money.of("10.00")), Money.of("100.00"),
                CouponScope.ALL, new CouponValidity.DaysFromClaim(30), total, perCustomer, true);
    }

    static CouponTerms fixedWindow(int days) {
        return new CouponTerms("双十一券", new CouponBenefit.FixedAmount(Money.of("5.00")), Money.zero(), CouponScope.ALL,
                new CouponValidity.FixedWindow(ValidityWindow.between(START, START.plus(Duration.ofDays(days)))), 100,
                1, true);
    }
}
