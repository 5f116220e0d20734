package dev.zhanggui.server.pricing;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.Pages;
import dev.zhanggui.server.testing.Pages.Walk;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * The pricing administration's REST lists page by cursor: {@code limit} (default 20) and
 * {@code after} the {@code next} of the page before; every item is seen once, in the list's order.
 */
@QuarkusTest
class PricingPagingRestTest {
    static final String LEVELS = "/api/v1/member-levels";
    static final String GROUPS = "/api/v1/customer-groups";
    static final String PRICE_LISTS = "/api/v1/price-lists";
    static final String FLASH_PRICES = "/api/v1/flash-prices";
    static final String CARRIERS = "/api/v1/carriers";

    @Test
    void member_levels_page_lowest_requirement_first() {
        long base = 50_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 10;
        List<String> created = new ArrayList<>();
        try {
            for (int i = 4; i >= 0; i--) { // made out of order: the list orders them
                created.addFirst(Api.asAdmin().body(Map.of("name", "页级别 " + (base + i), "pointsRequirement", base + i,
                        "discountRate", "0.9")).when().post(LEVELS).then().statusCode(201).extract().path("id"));
            }
            Walk walk = Pages.rest(Api::asCustomer, LEVELS, 2);

            assertThat(walk.reachedEnd()).isTrue();
            assertThat(walk.sizes()).allMatch(size -> size == 2 || size == walk.sizes().getLast());
            assertThat(walk.values("id")).doesNotHaveDuplicates().containsSubsequence(created);
            List<Long> requirements = walk.values("pointsRequirement").stream().map(Long::valueOf).toList();
            assertThat(requirements).isSortedAccordingTo(Comparator.naturalOrder());
            Pages.refusesBadPageParameters(Api::asCustomer, LEVELS);
        } finally {
            created.forEach(id -> Api.asAdmin().when().delete(LEVELS + "/" + id).then().statusCode(204));
        }
    }

    @Test
    void a_levels_prices_page_by_sku() {
        long requirement = 60_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        String level = Api.asAdmin().body(Map.of("name", "页价级别 " + requirement, "pointsRequirement", requirement,
                "discountRate", "0.9")).when().post(LEVELS).then().statusCode(201).extract().path("id");
        try {
            List<String> skus = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String sku = PricingTestData.sku("20.00", 0, null);
                skus.add(sku);
                Api.asAdmin().body(Map.of("price", "1" + i + ".00"))
                        .when().put(LEVELS + "/" + level + "/prices/" + sku).then().statusCode(200);
            }
            String prices = LEVELS + "/" + level + "/prices";
            Walk walk = Pages.rest(Api::asStaff, prices, 2);

            assertThat(walk.sizes()).containsExactly(2, 2, 1);
            assertThat(walk.values("sku")).containsExactlyElementsOf(skus.stream().sorted().toList());
            assertThat(Api.asStaff().when().get(prices).then().statusCode(200).extract().jsonPath()
                    .getList("items")).hasSize(5);
            Pages.refusesBadPageParameters(Api::asStaff, prices);
        } finally {
            Api.asAdmin().when().delete(LEVELS + "/" + level).then().statusCode(204);
        }
    }

    @Test
    void customer_groups_page_newest_first() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Api.asStaff().body(Map.of("name", "页组 " + UUID.randomUUID().toString().substring(0, 6)))
                    .when().post(GROUPS).then().statusCode(201).body("memberCount", equalTo(0)).extract().path("id"));
        }
        Walk walk = Pages.rest(Api::asStaff, GROUPS, 2, Pages.seenAll("id", created));

        Pages.assertNewestFirst(walk, created, 2);
        Pages.refusesBadPageParameters(Api::asStaff, GROUPS);
        Api.asCustomer().when().get(GROUPS).then().statusCode(403);
    }

    @Test
    void a_groups_members_page_in_registration_order() {
        String group = Api.asStaff().body(Map.of("name", "页成员组 " + UUID.randomUUID().toString().substring(0, 6)))
                .when().post(GROUPS).then().statusCode(201).extract().path("id");
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(PricingTestData.customer().toString());
        }
        Api.asStaff().body(Map.of("customers", members.reversed())).when().post(GROUPS + "/" + group + "/members")
                .then().statusCode(200).body("memberCount", equalTo(5));
        String path = GROUPS + "/" + group + "/members";
        Walk walk = Pages.rest(Api::asStaff, path, 2);

        assertThat(walk.sizes()).containsExactly(2, 2, 1);
        assertThat(walk.values("customer")).containsExactlyElementsOf(members);
        Pages.refusesBadPageParameters(Api::asStaff, path);
        Api.asStaff().when().get(GROUPS + "/" + UUID.randomUUID() + "/members")
                .then().spec(problem(404, "CUSTOMER_GROUP_NOT_FOUND"));
        Api.asAcmeAdmin().when().get(path).then().spec(problem(404, "CUSTOMER_GROUP_NOT_FOUND"));
    }

    @Test
    void price_lists_page_newest_first() {
        String group = Api.asStaff().body(Map.of("name", "页价表组 " + UUID.randomUUID().toString().substring(0, 6)))
                .when().post(GROUPS).then().statusCode(201).extract().path("id");
        String sku = PricingTestData.sku("10.00", 0, null);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Api.asStaff().body(Map.of("name", "页价表 " + i, "group", group, "validFrom", "2030-01-01T00:00:00Z",
                            "entries", List.of(Map.of("sku", sku, "breaks", List.of(Map.of("minQuantity", 1, "unitPrice", "9.00"))))))
                    .when().post(PRICE_LISTS).then().statusCode(201).extract().path("id"));
        }
        Walk walk = Pages.rest(Api::asStaff, PRICE_LISTS, 2, Pages.seenAll("id", created));

        Pages.assertNewestFirst(walk, created, 2);
        Pages.refusesBadPageParameters(Api::asStaff, PRICE_LISTS);
    }

    @Test
    void flash_prices_page_newest_first() {
        String sku = PricingTestData.sku("10.00", 0, null);
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Api.asStaff().body(Map.of("sku", sku, "price", "8.0" + i, "validFrom", "2032-01-0" + (i + 1) + "T00:00:00Z",
                    "validUntil", "2032-01-0" + (i + 2) + "T00:00:00Z")).when().post(FLASH_PRICES)
                    .then().statusCode(201).extract().path("id"));
        }
        Walk walk = Pages.rest(Api::asStaff, FLASH_PRICES, 2, Pages.seenAll("id", created));

        Pages.assertNewestFirst(walk, created, 2);
        Pages.refusesBadPageParameters(Api::asStaff, FLASH_PRICES);
    }

    @Test
    void carriers_page_in_the_order_they_were_added_and_customers_see_the_enabled_ones() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(Api.asAdmin().body(Map.of("name", "页物流 " + i, "firstKg", "10.00", "perAdditionalKg", "2.00"))
                    .when().post(CARRIERS).then().statusCode(201).extract().path("id"));
        }
        Api.asAdmin().body(Map.of("enabled", false)).when().put(CARRIERS + "/" + created.get(1) + "/enabled")
                .then().statusCode(200);
        Walk staff = Pages.rest(Api::asStaff, CARRIERS, 3);
        Walk customer = Pages.rest(Api::asCustomer, CARRIERS, 3);

        for (Walk walk : List.of(staff, customer)) {
            assertThat(walk.reachedEnd()).isTrue();
            assertThat(walk.values("id")).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.naturalOrder());
        }
        assertThat(staff.values("id")).containsSubsequence(created);
        assertThat(customer.values("id")).doesNotContain(created.get(1))
                .containsSubsequence(created.getFirst(), created.get(2), created.get(3), created.get(4));
        assertThat(customer.values("enabled")).containsOnly("true");
        Pages.refusesBadPageParameters(Api::asCustomer, CARRIERS);
    }
}
