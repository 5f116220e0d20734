package dev.zhanggui.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.pricing.ValidityWindow;
import dev.zhanggui.promotion.inmemory.InMemoryPromotionRepository;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.inmemory.InMemoryTransactions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static dev.zhanggui.promotion.CouponFixture.SHOP;
import static dev.zhanggui.promotion.CouponFixture.START;
import static dev.zhanggui.promotion.CouponFixture.customer;
import static dev.zhanggui.promotion.CouponFixture.fixedWindow;
import static dev.zhanggui.promotion.CouponFixture.tenOff;
import static org.assertj.core.api.Assertions.assertThat;

/** Promotions, coupon templates, their codes and a customer's coupons page in memory as in the database. */
class PromotionListPagingTest {
    private final CouponFixture f = new CouponFixture(new InMemoryTransactions());

    /** Every page of a list, following the next cursor; the items in list order. */
    static <T> List<List<T>> walk(Function<PageRequest, Page<T>> list, int limit) {
        List<List<T>> pages = new ArrayList<>();
        Optional<String> after = Optional.empty();
        do {
            Page<T> page = list.apply(new PageRequest(limit, after));
            pages.add(page.items());
            after = page.next();
        } while (after.isPresent() && pages.size() < 20);
        return pages;
    }

    static <T> List<T> flat(List<List<T>> pages) {
        return pages.stream().flatMap(List::stream).toList();
    }

    @Test
    void promotions_page_newest_first() {
        InMemoryPromotionRepository promotions = new InMemoryPromotionRepository();
        List<PromotionId> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Promotion p = new Promotion(new PromotionId(f.ids.newId()), SHOP, "包邮 " + i, ValidityWindow.startingAt(START),
                    List.of(), new PromotionRule("free_shipping", Map.of()), 0, true, 0);
            promotions.add(p);
            created.add(p.id());
        }

        List<List<Promotion>> pages = walk(p -> promotions.list(SHOP, p), 2);

        assertThat(pages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(flat(pages)).extracting(Promotion::id).containsExactlyElementsOf(created.reversed());
    }

    @Test
    void templates_page_newest_first_and_their_codes_by_code() {
        List<CouponTemplateId> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(f.templates.create(f.admin, tenOff(100, 1)).id());
        }
        List<CouponCode> codes = f.templates.generateCodes(f.admin, created.getFirst(), 5);

        assertThat(flat(walk(p -> f.templates.list(f.admin, p), 2))).extracting(CouponTemplate::id)
                .containsExactlyElementsOf(created.reversed());
        List<List<CouponCode>> codePages = walk(p -> f.templates.codes(f.admin, created.getFirst(), p), 2);
        assertThat(codePages).extracting(List::size).containsExactly(2, 2, 1);
        assertThat(flat(codePages)).extracting(CouponCode::code)
                .containsExactlyElementsOf(codes.stream().map(CouponCode::code).sorted().toList());
        assertThat(f.issuance.issued(SHOP, created)).containsOnlyKeys(created);
    }

    @Test
    void a_customers_coupons_page_newest_first_within_the_status_asked_for() {
        Actor alice = customer(1);
        CustomerId id = f.customers.me(alice).id();
        f.audience.register(SHOP, id, Set.of(), Optional.empty());
        CouponTemplate monthly = f.templates.create(f.admin, tenOff(100, 4));
        CouponTemplate shortLived = f.templates.create(f.admin, fixedWindow(1));
        List<CouponId> granted = new ArrayList<>();
        f.coupons.grant(f.admin, shortLived.id(), new GrantTarget.Listed(List.of(id)));
        for (int i = 0; i < 4; i++) {
            f.coupons.grant(f.admin, monthly.id(), new GrantTarget.Listed(List.of(id)));
        }
        f.coupons.mine(alice, Optional.empty()).reversed().forEach(c -> granted.add(c.id()));
        f.coupons.reserve(SHOP, id, granted.get(2), "order-1");
        f.coupons.consume(SHOP, id, granted.get(2), "order-1");
        f.clock.advance(Duration.ofDays(2));

        assertThat(flat(walk(p -> f.coupons.mine(alice, Optional.empty(), p), 2))).extracting(Coupon::id)
                .containsExactlyElementsOf(granted.reversed());
        List<List<Coupon>> available = walk(p -> f.coupons.mine(alice, Optional.of(CouponStatus.AVAILABLE), p), 2);
        assertThat(available).extracting(List::size).containsExactly(2, 1);
        assertThat(flat(available)).extracting(Coupon::id)
                .containsExactly(granted.get(4), granted.get(3), granted.get(1));
        assertThat(flat(walk(p -> f.coupons.mine(alice, Optional.of(CouponStatus.EXPIRED), p), 2)))
                .extracting(Coupon::id).containsExactly(granted.getFirst());
        assertThat(flat(walk(p -> f.coupons.mine(alice, Optional.of(CouponStatus.USED), p), 2)))
                .extracting(Coupon::id).containsExactly(granted.get(2));
    }
}
