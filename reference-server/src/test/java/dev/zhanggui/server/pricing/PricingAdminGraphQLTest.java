package dev.zhanggui.server.pricing;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Pages;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/** Pricing administration and coupons over GraphQL: payloads with errors, and who may do what. */
@QuarkusTest
class PricingAdminGraphQLTest {
    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);
    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER_2);

    private static Map<String, Object> vars(Object... pairs) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    @Test
    void member_levels_level_prices_and_settings() {
        long requirement = 30_000_000 + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        JsonPath created = admin.mutate("""
                mutation($in: MemberLevelInput!) { createMemberLevel(input: $in) {
                  level { id name pointsRequirement discountRate } errors { code field } } }""",
                vars("in", vars("name", "图级别 " + requirement, "pointsRequirement", requirement, "discountRate", "0.9")));
        assertThat(GraphQLClient.errorCodes(created, "data.createMemberLevel")).isEmpty();
        String level = created.getString("data.createMemberLevel.level.id");

        JsonPath bad = admin.mutate("""
                mutation($in: MemberLevelInput!) { createMemberLevel(input: $in) { level { id } errors { code field } } }""",
                vars("in", vars("name", "坏级别", "pointsRequirement", 1, "discountRate", "zero")));
        assertThat(GraphQLClient.errorCodes(bad, "data.createMemberLevel")).containsExactly("MEMBER_LEVEL_INVALID");

        String sku = PricingTestData.sku("12.00", 0, null);
        JsonPath priced = admin.mutate("""
                mutation($l: ID!, $s: ID!) { setLevelPrice(levelId: $l, skuId: $s, price: "10.00") {
                  level { id } errors { code } } }""", vars("l", level, "s", sku));
        assertThat(GraphQLClient.errorCodes(priced, "data.setLevelPrice")).isEmpty();

        JsonPath seen = customer.query("{ memberLevels(first: 100) { edges { node { id name } } } }");
        assertThat(seen.getList("data.memberLevels.edges.node.id", String.class)).contains(level);

        JsonPath denied = customer.query("""
                mutation { createMemberLevel(input: {name: "我", pointsRequirement: 1, discountRate: "0.5"}) { level { id } } }""");
        assertThat(denied.getString("errors[0].extensions.errorCode")).isIn("FORBIDDEN", "UNAUTHENTICATED");

        JsonPath settings = admin.query("{ pricingSettings { unitPriceRule levelBasis } }");
        assertThat(settings.getString("data.pricingSettings.levelBasis")).isNotNull();
        JsonPath wrong = admin.mutate("""
                mutation { updatePricingSettings(unitPriceRule: "CHEAPEST") { settings { unitPriceRule } errors { code field } } }""",
                Map.of());
        assertThat(GraphQLClient.errorCodes(wrong, "data.updatePricingSettings")).containsExactly("VALIDATION_FAILED");

        JsonPath removed = admin.mutate("mutation($id: ID!) { removeMemberLevel(id: $id) { removed errors { code } } }",
                vars("id", level));
        assertThat(removed.getString("data.removeMemberLevel.removed")).isEqualTo(level);
    }

    @Test
    void groups_price_lists_flash_prices_carriers_and_promotions() {
        JsonPath group = staff.mutate("""
                mutation($n: String!) { createCustomerGroup(name: $n) { group { id name } errors { code } } }""",
                vars("n", "图批发 " + UUID.randomUUID().toString().substring(0, 6)));
        String groupId = group.getString("data.createCustomerGroup.group.id");
        String sku = PricingTestData.sku("10.00", 0, null);
        JsonPath list = staff.mutate("""
                mutation($in: PriceListInput!) { createPriceList(input: $in) {
                  priceList { id entries { sku breaks { minQuantity unitPrice } } } errors { code field } } }""",
                vars("in", vars("name", "图批发价", "group", groupId, "validFrom", "2026-01-01T00:00:00Z",
                        "entries", List.of(vars("sku", sku, "breaks", List.of(vars("minQuantity", 1, "unitPrice", "10.00"),
                                vars("minQuantity", 10, "unitPrice", "9.00")))))));
        assertThat(GraphQLClient.errorCodes(list, "data.createPriceList")).isEmpty();
        assertThat(list.getString("data.createPriceList.priceList.entries[0].breaks[1].unitPrice")).isEqualTo("9.00");

        JsonPath flash = staff.mutate("""
                mutation($in: FlashPriceInput!) { createFlashPrice(input: $in) { flashPrice { id price } errors { code field } } }""",
                vars("in", vars("sku", sku, "price", "8.00", "validFrom", "2030-01-01T00:00:00Z",
                        "validUntil", "2029-01-01T00:00:00Z")));
        assertThat(GraphQLClient.errorCodes(flash, "data.createFlashPrice")).containsExactly("FLASH_PRICE_INVALID");

        JsonPath carrier = admin.mutate("""
                mutation($in: CarrierInput!) { createCarrier(input: $in) { carrier { id firstKg enabled } errors { code } } }""",
                vars("in", vars("name", "图物流", "firstKg", "35.00", "perAdditionalKg", "6.00")));
        String carrierId = carrier.getString("data.createCarrier.carrier.id");
        JsonPath disabled = admin.mutate("""
                mutation($id: ID!) { enableCarrier(id: $id, enabled: false) { carrier { enabled } errors { code } } }""",
                vars("id", carrierId));
        assertThat(disabled.getBoolean("data.enableCarrier.carrier.enabled")).isFalse();
        assertThat(Pages.graphQL(customer, """
                query($first: Int, $after: String) { carriers(first: $first, after: $after) {
                  edges { cursor node { id } } pageInfo { hasNextPage endCursor } } }""", Map.of(), "data.carriers",
                100, items -> false).values("id")).doesNotContain(carrierId);

        JsonPath promotion = staff.mutate("""
                mutation($in: PromotionInput!) { createPromotion(input: $in) {
                  promotion { id action { code args { name value } } } errors { code field } } }""",
                vars("in", vars("name", "图未来满减", "validFrom", "2030-01-01T00:00:00Z",
                        "action", vars("code", "tiered_spend_discount",
                                "args", List.of(vars("name", "tiers", "value", "300.00:30.00"))))));
        assertThat(GraphQLClient.errorCodes(promotion, "data.createPromotion")).isEmpty();
        String promotionId = promotion.getString("data.createPromotion.promotion.id");
        JsonPath unknown = staff.mutate("""
                mutation { createPromotion(input: {name: "坏", validFrom: "2030-01-01T00:00:00Z",
                  action: {code: "nothing_like_it"}}) { promotion { id } errors { code } } }""", Map.of());
        assertThat(GraphQLClient.errorCodes(unknown, "data.createPromotion")).containsExactly("PROMOTION_CODE_UNKNOWN");
        staff.mutate("mutation($id: ID!) { removePromotion(id: $id) { promotion { id } errors { code } } }",
                vars("id", promotionId));
        assertThat(customer.query("{ promotions { edges { node { id } } } }").getString("errors[0].extensions.errorCode"))
                .isIn("FORBIDDEN", "UNAUTHENTICATED");
    }

    @Test
    void coupon_templates_shared_codes_claims_and_grants() {
        JsonPath template = admin.mutate("""
                mutation($in: CouponTemplateInput!) { createCouponTemplate(input: $in) {
                  template { id benefitKind amount issued } errors { code field } } }""",
                vars("in", vars("name", "图券", "benefitKind", "FIXED_AMOUNT", "amount", "8.00", "minimumSpend", "30.00",
                        "validityKind", "DAYS_FROM_CLAIM", "days", 10, "totalQuantity", 100, "perCustomerLimit", 1)));
        assertThat(GraphQLClient.errorCodes(template, "data.createCouponTemplate")).isEmpty();
        String templateId = template.getString("data.createCouponTemplate.template.id");
        String code = "G" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        admin.mutate("""
                mutation($t: ID!, $c: String!) { addSharedCouponCode(templateId: $t, code: $c, limit: 5) {
                  template { id } errors { code } } }""", vars("t", templateId, "c", code));

        JsonPath claimed = customer.mutate("""
                mutation($c: String!) { claimCoupon(code: $c) { coupon { id template status } errors { code } } }""",
                vars("c", code));
        assertThat(claimed.getString("data.claimCoupon.coupon.template")).isEqualTo(templateId);
        JsonPath again = customer.mutate("""
                mutation($c: String!) { claimCoupon(code: $c) { coupon { id } errors { code } } }""", vars("c", code));
        assertThat(GraphQLClient.errorCodes(again, "data.claimCoupon")).containsExactly("COUPON_LIMIT_REACHED");
        JsonPath mine = customer.query("{ myCoupons(status: \"AVAILABLE\") { edges { node { id template } } } }");
        assertThat(mine.getList("data.myCoupons.edges.node.template", String.class)).contains(templateId);

        String other = PricingTestData.customer().value().toString();
        JsonPath granted = admin.mutate("""
                mutation($t: ID!, $in: CouponGrantInput!) { grantCoupons(templateId: $t, input: $in) {
                  issued skipped { customer reason } errors { code } } }""",
                vars("t", templateId, "in", vars("target", "CUSTOMERS", "customers", List.of(other))));
        assertThat(granted.getInt("data.grantCoupons.issued")).isEqualTo(1);
        JsonPath refused = customer.query("""
                mutation($t: ID!) { grantCoupons(templateId: $t, input: {target: "ALL_MEMBERS"}) { issued errors { code } } }""",
                vars("t", templateId));
        assertThat(refused.getList("errors")).isNotEmpty();
    }

    @Test
    void my_level_and_the_remaining_changes() {
        JsonPath mine = customer.query("{ myMemberLevel { level { id name } basis lifetimeEarnedPoints currentPoints } }");
        assertThat(mine.getList("errors")).isNullOrEmpty();
        assertThat(mine.getString("data.myMemberLevel.basis")).isEqualTo("LIFETIME_EARNED");

        JsonPath carrier = admin.mutate("""
                mutation($in: CarrierInput!) { createCarrier(input: $in) { carrier { id version } errors { code } } }""",
                vars("in", vars("name", "图改物流", "firstKg", "31.00", "perAdditionalKg", "6.00")));
        String carrierId = carrier.getString("data.createCarrier.carrier.id");
        JsonPath updated = admin.mutate("""
                mutation($id: ID!, $in: CarrierInput!) { updateCarrier(id: $id, input: $in, expectedVersion: 0) {
                  carrier { firstKg regionalRates { provinces firstKg } } errors { code } } }""",
                vars("id", carrierId, "in", vars("name", "图改物流", "firstKg", "32.00", "perAdditionalKg", "6.00",
                        "regionalRates", List.of(vars("provinces", List.of("西藏自治区"), "firstKg", "50.00",
                                "perAdditionalKg", "10.00")))));
        assertThat(updated.getString("data.updateCarrier.carrier.firstKg")).isEqualTo("32.00");
        assertThat(updated.getString("data.updateCarrier.carrier.regionalRates[0].firstKg")).isEqualTo("50.00");
        JsonPath stale = admin.mutate("""
                mutation($id: ID!, $in: CarrierInput!) { updateCarrier(id: $id, input: $in, expectedVersion: 0) {
                  carrier { id } errors { code } } }""",
                vars("id", carrierId, "in", vars("name", "图改物流", "firstKg", "33.00", "perAdditionalKg", "6.00")));
        assertThat(GraphQLClient.errorCodes(stale, "data.updateCarrier")).containsExactly("VERSION_MISMATCH");
        admin.mutate("mutation($id: ID!) { enableCarrier(id: $id, enabled: false) { carrier { id } errors { code } } }",
                vars("id", carrierId));

        String sku = PricingTestData.sku("10.00", 0, null);
        JsonPath flash = staff.mutate("""
                mutation($in: FlashPriceInput!) { createFlashPrice(input: $in) { flashPrice { id } errors { code } } }""",
                vars("in", vars("sku", sku, "price", "8.00", "validFrom", "2031-01-01T00:00:00Z",
                        "validUntil", "2031-01-02T00:00:00Z")));
        String flashId = flash.getString("data.createFlashPrice.flashPrice.id");
        JsonPath removedFlash = staff.mutate("mutation($id: ID!) { removeFlashPrice(id: $id) { removed errors { code } } }",
                vars("id", flashId));
        assertThat(removedFlash.getString("data.removeFlashPrice.removed")).isEqualTo(flashId);

        String member = PricingTestData.customer().value().toString();
        String groupId = staff.mutate("""
                mutation($n: String!) { createCustomerGroup(name: $n) { group { id } errors { code } } }""",
                vars("n", "图退组 " + UUID.randomUUID().toString().substring(0, 6)))
                .getString("data.createCustomerGroup.group.id");
        staff.mutate("""
                mutation($g: ID!, $c: [String!]!) { addCustomerGroupMembers(groupId: $g, customers: $c) { group { id } errors { code } } }""",
                vars("g", groupId, "c", List.of(member)));
        JsonPath left = staff.mutate("""
                mutation($g: ID!, $c: [String!]!) { removeCustomerGroupMembers(groupId: $g, customers: $c) {
                  group { memberCount } errors { code } } }""", vars("g", groupId, "c", List.of(member)));
        assertThat(left.getInt("data.removeCustomerGroupMembers.group.memberCount")).isZero();
        JsonPath gone = staff.mutate("mutation($id: ID!) { removeCustomerGroup(id: $id) { removed errors { code } } }",
                vars("id", groupId));
        assertThat(gone.getString("data.removeCustomerGroup.removed")).isEqualTo(groupId);
    }

    @Test
    void groups_price_lists_and_flash_prices_are_changed_in_place_with_a_version_guard() {
        String groupId = staff.mutate("""
                mutation($n: String!) { createCustomerGroup(name: $n) { group { id } errors { code } } }""",
                vars("n", "图改组 " + UUID.randomUUID().toString().substring(0, 6)))
                .getString("data.createCustomerGroup.group.id");
        String newName = "图新组 " + UUID.randomUUID().toString().substring(0, 6);
        JsonPath renamed = staff.mutate("""
                mutation($id: ID!, $n: String!) { renameCustomerGroup(id: $id, name: $n) { group { name version } errors { code } } }""",
                vars("id", groupId, "n", newName));
        assertThat(renamed.getString("data.renameCustomerGroup.group.name")).isEqualTo(newName);

        String sku = PricingTestData.sku("10.00", 0, null);
        Map<String, Object> terms = vars("name", "图改价", "group", groupId, "validFrom", "2026-01-01T00:00:00Z",
                "entries", List.of(vars("sku", sku, "breaks", List.of(vars("minQuantity", 1, "unitPrice", "10.00")))));
        JsonPath list = staff.mutate("""
                mutation($in: PriceListInput!) { createPriceList(input: $in) { priceList { id version } errors { code } } }""",
                vars("in", terms));
        String listId = list.getString("data.createPriceList.priceList.id");
        long version = list.getLong("data.createPriceList.priceList.version");
        Map<String, Object> cheaper = vars("name", "图改价", "group", groupId, "validFrom", "2026-01-01T00:00:00Z",
                "entries", List.of(vars("sku", sku, "breaks", List.of(vars("minQuantity", 1, "unitPrice", "9.50")))));
        String update = """
                mutation($id: ID!, $in: PriceListInput!, $v: BigInteger) { updatePriceList(id: $id, input: $in, expectedVersion: $v) {
                  priceList { entries { breaks { unitPrice } } } errors { code } } }""";
        JsonPath updated = staff.mutate(update, vars("id", listId, "in", cheaper, "v", version));
        assertThat(updated.getString("data.updatePriceList.priceList.entries[0].breaks[0].unitPrice")).isEqualTo("9.50");
        JsonPath stale = staff.mutate(update, vars("id", listId, "in", terms, "v", version));
        assertThat(GraphQLClient.errorCodes(stale, "data.updatePriceList")).containsExactly("VERSION_MISMATCH");

        JsonPath flash = staff.mutate("""
                mutation($in: FlashPriceInput!) { createFlashPrice(input: $in) { flashPrice { id } errors { code } } }""",
                vars("in", vars("sku", sku, "price", "8.00", "validFrom", "2031-01-01T00:00:00Z",
                        "validUntil", "2031-01-02T00:00:00Z")));
        String flashId = flash.getString("data.createFlashPrice.flashPrice.id");
        JsonPath changed = staff.mutate("""
                mutation($id: ID!, $in: FlashPriceInput!) { updateFlashPrice(id: $id, input: $in) { flashPrice { price } errors { code field } } }""",
                vars("id", flashId, "in", vars("sku", sku, "price", "7.50", "validFrom", "2031-01-01T00:00:00Z",
                        "validUntil", "2031-01-03T00:00:00Z")));
        assertThat(changed.getString("data.updateFlashPrice.flashPrice.price")).isEqualTo("7.50");
        JsonPath customerTry = GraphQLClient.user(Tokens.CUSTOMER).query("""
                mutation($id: ID!, $n: String!) { renameCustomerGroup(id: $id, name: $n) { errors { code } } }""",
                vars("id", groupId, "n", "x"));
        assertThat(customerTry.getList("errors.extensions.errorCode", String.class)).containsExactly("FORBIDDEN");
    }
}
