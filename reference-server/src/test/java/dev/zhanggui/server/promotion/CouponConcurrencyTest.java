package dev.zhanggui.server.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.promotion.CouponBenefit;
import dev.zhanggui.promotion.CouponIssuance;
import dev.zhanggui.promotion.CouponScope;
import dev.zhanggui.promotion.CouponTemplate;
import dev.zhanggui.promotion.CouponTemplateService;
import dev.zhanggui.promotion.CouponTerms;
import dev.zhanggui.promotion.CouponValidity;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.Money;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.pricing.PricingTestData.DEMO;
import static dev.zhanggui.server.pricing.PricingTestData.STAFF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * 50 claims of one code at the same moment, from two server instances: half over HTTP to the
 * Quarkus application (its pool, its JTA transactions) as a demo customer, half through
 * {@link SecondPromotionInstance} (an independent pool running the same adapters) as five fresh
 * customers. The template's total, the per-customer limit and the shared code's limit are never
 * exceeded, the counters agree with the coupons stored, and a refused claim counts against nothing.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CouponConcurrencyTest {
    @Inject
    CouponTemplateService templates;
    @Inject
    CouponIssuance issuance;
    @Inject
    EntityManager em;

    private SecondPromotionInstance second;

    @BeforeAll
    void startSecondInstance() throws Exception {
        second = new SecondPromotionInstance(16);
    }

    @AfterAll
    void stopSecondInstance() {
        second.close();
    }

    private record Claimant(String phone, CustomerId id) {
    }

    private CouponTemplate template(int total, int perCustomer) {
        return templates.create(STAFF, new CouponTerms("抢券 " + UUID.randomUUID().toString().substring(0, 8),
                new CouponBenefit.FixedAmount(Money.of("5.00")), Money.zero(), CouponScope.ALL,
                new CouponValidity.DaysFromClaim(7), total, perCustomer, true));
    }

    private String sharedCode(CouponTemplate template, int limit) {
        String code = "RACE-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        templates.addSharedCode(STAFF, template.id(), code, limit);
        return code;
    }

    private List<Claimant> freshCustomers(int count) {
        List<Claimant> claimants = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String phone = Api.randomPhone();
            claimants.add(new Claimant(phone, CustomerId.parse(Api.createCustomer(phone))));
        }
        return claimants;
    }

    /** 25 claims over HTTP by 张三, 25 through the second instance by five fresh customers. */
    private Map<String, Integer> race(String code, List<Claimant> others) throws Exception {
        List<String> outcomes = ParallelCalls.atOnce(50, i -> () -> {
            if (i % 2 == 0) {
                var answer = Api.asCustomer().when().post("/api/v1/coupon-codes/" + code + "/claims");
                return answer.statusCode() == 201 ? "ISSUED" : answer.jsonPath().getString("code");
            }
            Claimant who = others.get((i / 2) % others.size());
            try {
                second.coupons.claim(Actor.customer(DEMO, "race-" + who.phone(), who.phone()), code);
                return "ISSUED";
            } catch (DomainException e) {
                return e.code().name();
            }
        });
        Map<String, Integer> counts = new HashMap<>();
        outcomes.forEach(o -> counts.merge(o, 1, Integer::sum));
        return counts;
    }

    private long storedCoupons(CouponTemplate template) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select count(*) from coupon where template_id = ?1").setParameter(1, template.id().value())
                .getSingleResult()).longValue());
    }

    private long heldMost(CouponTemplate template) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                        "select coalesce(max(n), 0) from (select count(*) n from coupon where template_id = ?1"
                                + " group by customer_id) x").setParameter(1, template.id().value())
                .getSingleResult()).longValue());
    }

    @Test
    void the_total_and_the_per_customer_limit_hold_under_fifty_parallel_claims_from_two_instances()
            throws Exception {
        CouponTemplate template = template(10, 3);
        String code = sharedCode(template, 1000);
        List<Claimant> others = freshCustomers(5);

        Map<String, Integer> outcomes = race(code, others);

        // demand: 张三 at most 3, five others at most 3 each = 18 > 10, so exactly 10 are issued
        assertThat(outcomes.get("ISSUED")).as("outcomes %s", outcomes).isEqualTo(10);
        assertThat(outcomes.keySet()).as("outcomes %s", outcomes)
                .isSubsetOf("ISSUED", "COUPON_SOLD_OUT", "COUPON_LIMIT_REACHED");
        assertThat(storedCoupons(template)).isEqualTo(10);
        assertThat(issuance.issued(DEMO, template.id())).isEqualTo(10);
        assertThat(heldMost(template)).isLessThanOrEqualTo(3);
        assertThat(issuance.redeemed(DEMO, code)).isEqualTo(10);
        for (Claimant c : others) {
            assertThat(issuance.heldBy(DEMO, template.id(), c.id())).isLessThanOrEqualTo(3);
        }
    }

    @Test
    void a_shared_codes_limit_holds_under_fifty_parallel_claims_from_two_instances() throws Exception {
        CouponTemplate template = template(100, 5);
        String code = sharedCode(template, 7);
        List<Claimant> others = freshCustomers(5);

        Map<String, Integer> outcomes = race(code, others);

        assertThat(outcomes.get("ISSUED")).as("outcomes %s", outcomes).isEqualTo(7);
        assertThat(outcomes.keySet()).as("outcomes %s", outcomes)
                .isSubsetOf("ISSUED", "COUPON_CODE_EXHAUSTED", "COUPON_LIMIT_REACHED");
        assertThat(storedCoupons(template)).isEqualTo(7);
        // refused claims counted against nothing: the counters equal the coupons stored
        assertThat(issuance.issued(DEMO, template.id())).isEqualTo(7);
        assertThat(issuance.redeemed(DEMO, code)).isEqualTo(7);
        assertThat(heldMost(template)).isLessThanOrEqualTo(5);
    }

    @Test
    void the_per_customer_limit_holds_when_it_is_the_binding_one() throws Exception {
        CouponTemplate template = template(100, 2);
        String code = sharedCode(template, 1000);
        List<Claimant> others = freshCustomers(5);

        Map<String, Integer> outcomes = race(code, others);

        // 张三 gets exactly 2 of 25 tries, each of the five others exactly 2 of 5: 12 in all
        assertThat(outcomes.get("ISSUED")).as("outcomes %s", outcomes).isEqualTo(12);
        assertThat(outcomes.get("COUPON_LIMIT_REACHED")).as("outcomes %s", outcomes).isEqualTo(38);
        assertThat(storedCoupons(template)).isEqualTo(12);
        assertThat(issuance.issued(DEMO, template.id())).isEqualTo(12);
        assertThat(heldMost(template)).isEqualTo(2);
        for (Claimant c : others) {
            assertThat(issuance.heldBy(DEMO, template.id(), c.id())).isEqualTo(2);
        }
    }
}
