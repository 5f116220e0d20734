package dev.zhanggui.server.promotion;

import dev.zhanggui.customer.CustomerId;
import dev.zhanggui.promotion.CouponId;
import dev.zhanggui.promotion.CouponService;
import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.Pages;
import dev.zhanggui.server.testing.Pages.Walk;
import dev.zhanggui.shared.MerchantId;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.promotion.CouponRestTest.TEMPLATES;
import static dev.zhanggui.server.promotion.CouponRestTest.createTemplate;
import static dev.zhanggui.server.promotion.CouponRestTest.template;
import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Promotions, coupon templates, their codes and a customer's coupons page by cursor over REST;
 * every item is seen once, in the list's order, and {@code /me/coupons} keeps its status filter.
 */
@QuarkusTest
class PromotionPagingRestTest {
    static final String PROMOTIONS = "/api/v1/promotions";
    static final String MY_COUPONS = "/api/v1/me/coupons";

    @Inject
    CouponService coupons;

    @Test
    void promotions_page_newest_first() {
        List<String> created = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                Map<String, Object> promotion = new LinkedHashMap<>();
                promotion.put("name", "页满减 " + i);
                promotion.put("validFrom", "2031-01-01T00:00:00Z");
                promotion.put("validUntil", "2031-02-01T00:00:00Z");
                promotion.put("action", Map.of("code", "tiered_spend_discount", "args", Map.of("tiers", "200.00:20.00")));
                created.add(Api.asStaff().body(promotion).when().post(PROMOTIONS).then().statusCode(201)
                        .extract().path("id"));
            }
            Walk walk = Pages.rest(Api::asStaff, PROMOTIONS, 2, Pages.seenAll("id", created));

            Pages.assertNewestFirst(walk, created, 2);
            Pages.refusesBadPageParameters(Api::asStaff, PROMOTIONS);
        } finally {
            created.forEach(id -> Api.asStaff().when().delete(PROMOTIONS + "/" + id).then().statusCode(204));
        }
    }

    @Test
    void coupon_templates_page_newest_first_with_their_issued_counts() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createTemplate(template(100, 1)));
        }
        String customer = Api.createCustomer(Api.randomPhone());
        Api.asStaff().body(Map.of("target", "CUSTOMERS", "customers", List.of(customer)))
                .when().post(TEMPLATES + "/" + created.get(2) + "/grants").then().statusCode(200);
        Walk walk = Pages.rest(Api::asAdmin, TEMPLATES, 2, Pages.seenAll("id", created));

        Pages.assertNewestFirst(walk, created, 2);
        Map<String, String> issued = new LinkedHashMap<>();
        walk.items().forEach(t -> issued.put(String.valueOf(t.get("id")), String.valueOf(t.get("issued"))));
        assertThat(created).extracting(issued::get).containsExactly("0", "0", "1", "0", "0");
        Pages.refusesBadPageParameters(Api::asAdmin, TEMPLATES);
    }

    @Test
    void a_templates_codes_page_by_code_with_their_redemptions() {
        String template = createTemplate(template(100, 1));
        List<String> codes = Api.asAdmin().body(Map.of("count", 5)).when().post(TEMPLATES + "/" + template + "/codes")
                .then().statusCode(201).extract().jsonPath().getList("items.code", String.class);
        Api.asSecondCustomer().when().post("/api/v1/coupon-codes/" + codes.get(3) + "/claims").then().statusCode(201);
        String path = TEMPLATES + "/" + template + "/codes";
        Walk walk = Pages.rest(Api::asAdmin, path, 2);

        assertThat(walk.sizes()).containsExactly(2, 2, 1);
        assertThat(walk.values("code")).containsExactlyElementsOf(codes.stream().sorted().toList());
        Map<String, String> redeemed = new LinkedHashMap<>();
        walk.items().forEach(c -> redeemed.put(String.valueOf(c.get("code")), String.valueOf(c.get("redeemed"))));
        assertThat(redeemed).containsEntry(codes.get(3), "1").containsEntry(codes.get(0), "0");
        Pages.refusesBadPageParameters(Api::asAdmin, path);
        Api.asAdmin().when().get(TEMPLATES + "/" + UUID.randomUUID() + "/codes")
                .then().spec(problem(404, "COUPON_TEMPLATE_NOT_FOUND"));
    }

    @Test
    void my_coupons_page_newest_first_and_keep_the_status_filter() {
        String me = Api.asCustomer().when().get(Api.ME).then().statusCode(200).extract().path("id");
        String template = createTemplate(template(100, 5));
        for (int i = 0; i < 5; i++) {
            Api.asStaff().body(Map.of("target", "CUSTOMERS", "customers", List.of(me)))
                    .when().post(TEMPLATES + "/" + template + "/grants").then().statusCode(200);
        }
        List<String> mine = Pages.rest(Api::asCustomer, MY_COUPONS, 100).items().stream()
                .filter(c -> template.equals(c.get("template"))).map(c -> String.valueOf(c.get("id"))).toList()
                .reversed(); // in the order granted
        assertThat(mine).hasSize(5);
        String used = mine.get(1);
        String expired = mine.get(3);
        useUp(me, used);
        endWindow(expired);

        Pages.assertNewestFirst(Pages.rest(Api::asCustomer, MY_COUPONS, 2, Pages.seenAll("id", mine)), mine, 2);
        List<String> available = List.of(mine.get(0), mine.get(2), mine.get(4));
        Walk availableWalk = Pages.rest(() -> Api.asCustomer().queryParam("status", "AVAILABLE"), MY_COUPONS, 2,
                Pages.seenAll("id", available));
        Pages.assertNewestFirst(availableWalk, available, 2);
        assertThat(availableWalk.values("id")).doesNotContain(used, expired);
        assertThat(availableWalk.values("status")).containsOnly("AVAILABLE");
        for (String status : List.of("USED", "EXPIRED")) {
            Walk walk = Pages.rest(() -> Api.asCustomer().queryParam("status", status), MY_COUPONS, 2);
            assertThat(walk.values("status")).containsOnly(status);
            assertThat(walk.values("id")).contains(status.equals("USED") ? used : expired).doesNotHaveDuplicates();
        }
        Pages.refusesBadPageParameters(() -> Api.asCustomer().queryParam("status", "AVAILABLE"), MY_COUPONS);
    }

    private void useUp(String customer, String coupon) {
        MerchantId demo = MerchantId.of("demo");
        String order = "page-test-" + UUID.randomUUID();
        coupons.reserve(demo, CustomerId.parse(customer), new CouponId(UUID.fromString(coupon)), order);
        coupons.consume(demo, CustomerId.parse(customer), new CouponId(UUID.fromString(coupon)), order);
    }

    /** Moves a coupon's window into the past: still AVAILABLE in its row, EXPIRED as read. */
    static void endWindow(String coupon) {
        QuarkusTransaction.requiringNew().run(() -> Arc.container().instance(EntityManager.class).get()
                .createNativeQuery("update coupon set valid_from = now() - interval '2 days', "
                        + "valid_until = now() - interval '1 day' where id = ?1")
                .setParameter(1, UUID.fromString(coupon)).executeUpdate());
    }
}
