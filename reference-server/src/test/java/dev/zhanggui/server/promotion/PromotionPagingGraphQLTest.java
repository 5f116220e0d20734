package dev.zhanggui.server.promotion;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Pages;
import dev.zhanggui.server.testing.Pages.Walk;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Promotions, coupon templates, their codes and a customer's coupons are Relay connections over
 * GraphQL; every node is seen once, in the list's order, and {@code myCoupons} keeps its status filter.
 */
@QuarkusTest
class PromotionPagingGraphQLTest {
    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);
    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER);

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** A query of a connection: {@code variables} and {@code arguments} come before {@code $first} and {@code $after}. */
    static String connection(String field, String variables, String arguments, String nodeFields) {
        return "query(" + variables + "$first: Int, $after: String) { " + field + "(" + arguments
                + "first: $first, after: $after) { edges { cursor node { " + nodeFields
                + " } } pageInfo { hasNextPage endCursor } } }";
    }

    private String createTemplate(int perCustomerLimit) {
        return admin.mutate("""
                mutation($in: CouponTemplateInput!) { createCouponTemplate(input: $in) { template { id } errors { code } } }""",
                vars("in", vars("name", "图页券", "benefitKind", "FIXED_AMOUNT", "amount", "5.00", "minimumSpend", "30.00",
                        "validityKind", "DAYS_FROM_CLAIM", "days", 10, "totalQuantity", 100,
                        "perCustomerLimit", perCustomerLimit))).getString("data.createCouponTemplate.template.id");
    }

    private void grant(String template, String customerId) {
        JsonPath granted = admin.mutate("""
                mutation($t: ID!, $in: CouponGrantInput!) { grantCoupons(templateId: $t, input: $in) { issued errors { code } } }""",
                vars("t", template, "in", vars("target", "CUSTOMERS", "customers", List.of(customerId))));
        assertThat(granted.getInt("data.grantCoupons.issued")).isEqualTo(1);
    }

    @Test
    void promotions_page_newest_first() {
        List<String> created = new ArrayList<>();
        try {
            for (int i = 0; i < 5; i++) {
                created.add(staff.mutate("""
                        mutation($in: PromotionInput!) { createPromotion(input: $in) { promotion { id } errors { code } } }""",
                        vars("in", vars("name", "图页满减 " + i, "validFrom", "2031-01-01T00:00:00Z",
                                "action", vars("code", "free_shipping"))))
                        .getString("data.createPromotion.promotion.id"));
            }
            String document = connection("promotions", "", "", "id name");
            Pages.assertNewestFirst(Pages.graphQL(staff, document, Map.of(), "data.promotions", 2,
                    Pages.seenAll("id", created)), created, 2);
            Pages.refusesBadPageArguments(staff, document, Map.of());
        } finally {
            created.forEach(id -> staff.mutate("mutation($id: ID!) { removePromotion(id: $id) { errors { code } } }",
                    vars("id", id)));
        }
    }

    @Test
    void coupon_templates_page_newest_first_and_a_templates_codes_by_code() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createTemplate(1));
        }
        grant(created.get(2), customer.query("{ me { id } }").getString("data.me.id"));
        String templates = connection("couponTemplates", "", "", "id issued");
        Walk walk = Pages.graphQL(admin, templates, Map.of(), "data.couponTemplates", 2, Pages.seenAll("id", created));
        Pages.assertNewestFirst(walk, created, 2);
        Map<String, String> issued = new LinkedHashMap<>();
        walk.items().forEach(t -> issued.put(String.valueOf(t.get("id")), String.valueOf(t.get("issued"))));
        assertThat(created).extracting(issued::get).containsExactly("0", "0", "1", "0", "0");
        Pages.refusesBadPageArguments(admin, templates, Map.of());

        String template = created.getFirst();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String code = "P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
            codes.add(code);
            admin.mutate("""
                    mutation($t: ID!, $c: String!) { addSharedCouponCode(templateId: $t, code: $c, limit: 3) { errors { code } } }""",
                    vars("t", template, "c", code));
        }
        customer.mutate("mutation($c: String!) { claimCoupon(code: $c) { errors { code } } }", vars("c", codes.get(3)));
        String document = connection("couponCodes", "$template: ID!, ", "templateId: $template, ",
                "code template redemptionLimit redeemed");
        Walk codeWalk = Pages.graphQL(admin, document, Map.of("template", template), "data.couponCodes", 2, items -> false);

        assertThat(codeWalk.sizes()).containsExactly(2, 2, 1);
        assertThat(codeWalk.values("code")).containsExactlyElementsOf(codes.stream().sorted().toList());
        assertThat(codeWalk.values("template")).containsOnly(template);
        assertThat(codeWalk.items().stream().filter(c -> codes.get(3).equals(c.get("code"))).findFirst().orElseThrow())
                .containsEntry("redeemed", 1);
        Pages.refusesBadPageArguments(admin, document, Map.of("template", template));
        assertThat(admin.query(document, vars("template", UUID.randomUUID().toString(), "first", 2))
                .getString("errors[0].extensions.errorCode")).isEqualTo("COUPON_TEMPLATE_NOT_FOUND");
    }

    @Test
    void my_coupons_page_newest_first_and_keep_the_status_filter() {
        String me = customer.query("{ me { id } }").getString("data.me.id");
        String template = createTemplate(4);
        for (int i = 0; i < 4; i++) {
            grant(template, me);
        }
        String all = connection("myCoupons", "", "", "id template status");
        List<String> mine = Pages.graphQL(customer, all, Map.of(), "data.myCoupons", 100, items -> false).items().stream()
                .filter(c -> template.equals(c.get("template"))).map(c -> String.valueOf(c.get("id"))).toList().reversed();
        assertThat(mine).hasSize(4);
        PromotionPagingRestTest.endWindow(mine.get(1));

        Pages.assertNewestFirst(Pages.graphQL(customer, all, Map.of(), "data.myCoupons", 2, Pages.seenAll("id", mine)),
                mine, 2);
        String byStatus = connection("myCoupons", "$status: String, ", "status: $status, ", "id status");
        List<String> available = List.of(mine.get(0), mine.get(2), mine.get(3));
        Walk availableWalk = Pages.graphQL(customer, byStatus, Map.of("status", "AVAILABLE"), "data.myCoupons", 2,
                Pages.seenAll("id", available));
        Pages.assertNewestFirst(availableWalk, available, 2);
        assertThat(availableWalk.values("status")).containsOnly("AVAILABLE");
        Walk expired = Pages.graphQL(customer, byStatus, Map.of("status", "EXPIRED"), "data.myCoupons", 2, items -> false);
        assertThat(expired.values("id")).contains(mine.get(1)).doesNotHaveDuplicates();
        assertThat(expired.values("status")).containsOnly("EXPIRED");
        Pages.refusesBadPageArguments(customer, byStatus, Map.of("status", "AVAILABLE"));
    }
}
