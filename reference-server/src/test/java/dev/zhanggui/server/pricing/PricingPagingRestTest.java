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
}
