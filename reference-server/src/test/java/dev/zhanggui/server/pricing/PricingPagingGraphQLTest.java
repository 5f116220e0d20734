package dev.zhanggui.server.pricing;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Pages;
import dev.zhanggui.server.testing.Pages.Walk;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pricing administration's GraphQL lists are Relay connections: {@code first} (default 20),
 * {@code after} an end cursor; every node is seen once, in the list's order.
 */
@QuarkusTest
class PricingPagingGraphQLTest {
    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);
    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER_2);

    static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private String createLevel(long requirement) {
        return admin.mutate("""
                mutation($in: MemberLevelInput!) { createMemberLevel(input: $in) { level { id } errors { code } } }""",
                vars("in", vars("name", "图页级别 " + requirement, "pointsRequirement", requirement, "discountRate", "0.9")))
                .getString("data.createMemberLevel.level.id");
    }

    private void removeLevel(String id) {
        admin.mutate("mutation($id: ID!) { removeMemberLevel(id: $id) { removed errors { code } } }", vars("id", id));
    }

    @Test
    void member_levels_page_lowest_requirement_first() {
        long base = 70_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L) * 10;
        List<String> created = new ArrayList<>();
        try {
            for (int i = 4; i >= 0; i--) {
                created.addFirst(createLevel(base + i));
            }
            String document = """
                    query($first: Int, $after: String) { memberLevels(first: $first, after: $after) {
                      edges { cursor node { id pointsRequirement } } pageInfo { hasNextPage endCursor } } }""";
            Walk walk = Pages.graphQL(customer, document, Map.of(), "data.memberLevels", 2, items -> false);

            assertThat(walk.reachedEnd()).isTrue();
            assertThat(walk.values("id")).doesNotHaveDuplicates().containsSubsequence(created);
            assertThat(walk.values("pointsRequirement").stream().map(Long::valueOf).toList())
                    .isSortedAccordingTo(Comparator.naturalOrder());
            assertThat(customer.query("{ memberLevels { edges { node { id } } } }")
                    .getList("data.memberLevels.edges")).hasSizeLessThanOrEqualTo(20);
            Pages.refusesBadPageArguments(customer, document, Map.of());
        } finally {
            created.forEach(this::removeLevel);
        }
    }

    @Test
    void a_levels_prices_page_by_sku() {
        String level = createLevel(80_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L));
        try {
            List<String> skus = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                String sku = PricingTestData.sku("20.00", 0, null);
                skus.add(sku);
                admin.mutate("""
                        mutation($l: ID!, $s: ID!) { setLevelPrice(levelId: $l, skuId: $s, price: "10.00") { errors { code } } }""",
                        vars("l", level, "s", sku));
            }
            String document = """
                    query($level: ID!, $first: Int, $after: String) { levelPrices(levelId: $level, first: $first, after: $after) {
                      edges { cursor node { level sku price } } pageInfo { hasNextPage endCursor } } }""";
            Walk walk = Pages.graphQL(staff, document, Map.of("level", level), "data.levelPrices", 2, items -> false);

            assertThat(walk.sizes()).containsExactly(2, 2, 1);
            assertThat(walk.values("sku")).containsExactlyElementsOf(skus.stream().sorted().toList());
            assertThat(walk.values("price")).containsOnly("10.00");
            Pages.refusesBadPageArguments(staff, document, Map.of("level", level));
            assertThat(customer.query(document, vars("level", level, "first", 2))
                    .getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");
        } finally {
            removeLevel(level);
        }
    }

    private String createGroup() {
        return staff.mutate("""
                mutation($n: String!) { createCustomerGroup(name: $n) { group { id } errors { code } } }""",
                vars("n", "图页组 " + UUID.randomUUID().toString().substring(0, 6)))
                .getString("data.createCustomerGroup.group.id");
    }

    @Test
    void customer_groups_page_newest_first() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(createGroup());
        }
        String document = """
                query($first: Int, $after: String) { customerGroups(first: $first, after: $after) {
                  edges { cursor node { id name memberCount } } pageInfo { hasNextPage endCursor } } }""";
        Walk walk = Pages.graphQL(staff, document, Map.of(), "data.customerGroups", 2, Pages.seenAll("id", created));

        Pages.assertNewestFirst(walk, created, 2);
        Pages.refusesBadPageArguments(staff, document, Map.of());
        assertThat(customer.query(document, vars("first", 2)).getString("errors[0].extensions.errorCode"))
                .isEqualTo("FORBIDDEN");
    }

    @Test
    void a_groups_members_page_in_registration_order() {
        String group = createGroup();
        List<String> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(PricingTestData.customer().toString());
        }
        JsonPath admitted = staff.mutate("""
                mutation($g: ID!, $c: [String!]!) { addCustomerGroupMembers(groupId: $g, customers: $c) {
                  group { memberCount } errors { code } } }""", vars("g", group, "c", members.reversed()));
        assertThat(admitted.getInt("data.addCustomerGroupMembers.group.memberCount")).isEqualTo(5);
        String document = """
                query($group: ID!, $first: Int, $after: String) { customerGroupMembers(groupId: $group, first: $first, after: $after) {
                  edges { cursor node { customer } } pageInfo { hasNextPage endCursor } } }""";
        Walk walk = Pages.graphQL(staff, document, Map.of("group", group), "data.customerGroupMembers", 2, items -> false);

        assertThat(walk.sizes()).containsExactly(2, 2, 1);
        assertThat(walk.values("customer")).containsExactlyElementsOf(members);
        Pages.refusesBadPageArguments(staff, document, Map.of("group", group));
        assertThat(staff.query(document, vars("group", UUID.randomUUID().toString(), "first", 2))
                .getString("errors[0].extensions.errorCode")).isEqualTo("CUSTOMER_GROUP_NOT_FOUND");
    }

    /** A connection query of the given field over {@code $first} and {@code $after}, selecting these node fields. */
    static String connection(String field, String nodeFields) {
        return "query($first: Int, $after: String) { " + field + "(first: $first, after: $after) { edges { cursor node { "
                + nodeFields + " } } pageInfo { hasNextPage endCursor } } }";
    }

    @Test
    void price_lists_and_flash_prices_page_newest_first() {
        String group = createGroup();
        String sku = PricingTestData.sku("10.00", 0, null);
        List<String> lists = new ArrayList<>();
        List<String> flash = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lists.add(staff.mutate("""
                    mutation($in: PriceListInput!) { createPriceList(input: $in) { priceList { id } errors { code } } }""",
                    vars("in", vars("name", "图页价表 " + i, "group", group, "validFrom", "2030-01-01T00:00:00Z",
                            "entries", List.of(vars("sku", sku, "breaks", List.of(vars("minQuantity", 1, "unitPrice", "9.00")))))))
                    .getString("data.createPriceList.priceList.id"));
            flash.add(staff.mutate("""
                    mutation($in: FlashPriceInput!) { createFlashPrice(input: $in) { flashPrice { id } errors { code } } }""",
                    vars("in", vars("sku", sku, "price", "8.00", "validFrom", "2033-01-0" + (i + 1) + "T00:00:00Z",
                            "validUntil", "2033-01-0" + (i + 2) + "T00:00:00Z")))
                    .getString("data.createFlashPrice.flashPrice.id"));
        }
        String listsDocument = connection("priceLists", "id name");
        Pages.assertNewestFirst(Pages.graphQL(staff, listsDocument, Map.of(), "data.priceLists", 2,
                Pages.seenAll("id", lists)), lists, 2);
        String flashDocument = connection("flashPrices", "id price");
        Pages.assertNewestFirst(Pages.graphQL(staff, flashDocument, Map.of(), "data.flashPrices", 2,
                Pages.seenAll("id", flash)), flash, 2);
        Pages.refusesBadPageArguments(staff, listsDocument, Map.of());
        Pages.refusesBadPageArguments(staff, flashDocument, Map.of());
    }

    @Test
    void carriers_page_in_the_order_they_were_added_and_customers_see_the_enabled_ones() {
        List<String> created = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            created.add(admin.mutate("""
                    mutation($in: CarrierInput!) { createCarrier(input: $in) { carrier { id } errors { code } } }""",
                    vars("in", vars("name", "图页物流 " + i, "firstKg", "10.00", "perAdditionalKg", "2.00")))
                    .getString("data.createCarrier.carrier.id"));
        }
        admin.mutate("mutation($id: ID!) { enableCarrier(id: $id, enabled: false) { carrier { id } errors { code } } }",
                vars("id", created.get(1)));
        String document = connection("carriers", "id enabled");
        Walk all = Pages.graphQL(staff, document, Map.of(), "data.carriers", 3, items -> false);
        Walk enabled = Pages.graphQL(customer, document, Map.of(), "data.carriers", 3, items -> false);

        for (Walk walk : List.of(all, enabled)) {
            assertThat(walk.reachedEnd()).isTrue();
            assertThat(walk.values("id")).doesNotHaveDuplicates().isSortedAccordingTo(Comparator.naturalOrder());
        }
        assertThat(all.values("id")).containsSubsequence(created);
        assertThat(enabled.values("id")).doesNotContain(created.get(1))
                .containsSubsequence(created.getFirst(), created.get(2), created.get(3), created.get(4));
        assertThat(enabled.values("enabled")).containsOnly("true");
        Pages.refusesBadPageArguments(customer, document, Map.of());
    }
}
