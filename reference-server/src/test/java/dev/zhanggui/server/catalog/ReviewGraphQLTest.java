package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.ProductRequests.create;
import static dev.zhanggui.server.testing.ProductRequests.setStatus;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Product reviews (评价) over GraphQL: reviewProduct with refusals in the payload, the storefront's
 * productReviews and Product.reviewSummary (batched: one statement for a whole page), moderation.
 */
@QuarkusTest
class ReviewGraphQLTest {
    static final String REVIEW_FIELDS = "id productId reviewer rating text images hidden hiddenReason orderLineId"
            + " reply { text }";
    static final String REVIEW_PRODUCT = "mutation($input: ReviewProductInput!, $key: String) {"
            + " reviewProduct(input: $input, idempotencyKey: $key) { review { " + REVIEW_FIELDS + " }"
            + " errors { code field message } } }";
    static final String PRODUCT_REVIEWS = "query($id: ID!, $first: Int, $after: String, $filter: ReviewFilter) {"
            + " productReviews(productId: $id, first: $first, after: $after, filter: $filter)"
            + " { edges { cursor node { " + REVIEW_FIELDS + " } } pageInfo { hasNextPage endCursor } } }";
    static final String MY_REVIEWS = "query { myReviews(first: 100) { edges { node { id hidden hiddenReason } } } }";
    static final String STAFF_REVIEWS = "query($id: ID) { reviews(productId: $id, first: 100) { edges { node { id hidden customerId } } } }";
    static final String HIDE = "mutation($id: ID!, $reason: String!) { hideReview(id: $id, reason: $reason)"
            + " { review { id hidden hiddenReason } errors { code field } } }";
    static final String UNHIDE = "mutation($id: ID!) { unhideReview(id: $id) { review { id hidden } errors { code } } }";
    static final String REPLY = "mutation($id: ID!, $text: String!) { replyToReview(id: $id, text: $text)"
            + " { review { id reply { text } } errors { code field } } }";
    static final String LISTING_WITH_SUMMARY = "query($first: Int, $filter: ProductFilter) {"
            + " products(first: $first, filter: $filter) { edges { node { id name"
            + " reviewSummary { count average perStar } } } } }";

    @Inject
    RecordedReviewPurchases purchases;
    @Inject
    SessionFactory sessionFactory;

    private final GraphQLClient zhang = GraphQLClient.user(Tokens.CUSTOMER);
    private final GraphQLClient li = GraphQLClient.user(Tokens.CUSTOMER_2);
    private final GraphQLClient staff = GraphQLClient.user(Tokens.STAFF);
    private final GraphQLClient storefront = GraphQLClient.anonymous().header("X-Merchant", "demo");

    private static String onSale(String name) {
        String id = create(simpleProduct(uniqueCode("GREV"), name, "5.00"));
        setStatus(id, "ON_SALE");
        return id;
    }

    private static Map<String, Object> input(String product, int rating, String text, String... images) {
        Map<String, Object> input = new HashMap<>();
        input.put("productId", product);
        input.put("rating", rating);
        input.put("text", text);
        input.put("images", List.of(images));
        return input;
    }

    private static JsonPath review(GraphQLClient who, Map<String, Object> input) {
        return who.mutate(REVIEW_PRODUCT, Map.of("input", input, "key", UUID.randomUUID().toString()));
    }

    private static String reviewed(GraphQLClient who, Map<String, Object> input) {
        JsonPath answer = review(who, input);
        assertThat(GraphQLClient.errorCodes(answer, "data.reviewProduct")).as(answer.prettify()).isEmpty();
        return answer.getString("data.reviewProduct.review.id");
    }

    private List<String> publicIds(String product, Map<String, Object> filter) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("id", product);
        variables.put("first", 100);
        variables.put("filter", filter);
        return storefront.query(PRODUCT_REVIEWS, variables).getList("data.productReviews.edges.node.id", String.class);
    }

    @Test
    void a_buyer_reviews_once_per_order_line_and_refusals_come_in_the_payload() {
        String product = onSale("图评价");
        JsonPath refused = review(zhang, input(product, 5, "没买"));
        assertThat(GraphQLClient.errorCodes(refused, "data.reviewProduct")).containsExactly("REVIEW_NOT_PURCHASED");
        assertThat(refused.<Object>get("data.reviewProduct.review")).isNull();

        String line = purchases.completed(Api.asCustomer(), "demo", product);
        JsonPath bad = review(zhang, input(product, 6, ""));
        assertThat(bad.getString("data.reviewProduct.errors[0].code")).isEqualTo("REVIEW_RATING_INVALID");
        assertThat(bad.getString("data.reviewProduct.errors[0].field")).isEqualTo("rating");
        JsonPath badImage = review(zhang, input(product, 5, "", "ftp://x.example.com/a.jpg"));
        assertThat(GraphQLClient.errorCodes(badImage, "data.reviewProduct")).containsExactly("REVIEW_IMAGES_INVALID");

        JsonPath ok = review(zhang, input(product, 4, "<i>不错</i>", "https://img.example.com/g.jpg"));
        assertThat(GraphQLClient.errorCodes(ok, "data.reviewProduct")).isEmpty();
        assertThat(ok.getString("data.reviewProduct.review.text")).isEqualTo("不错");
        assertThat(ok.getString("data.reviewProduct.review.orderLineId")).isEqualTo(line);
        assertThat(GraphQLClient.errorCodes(review(zhang, input(product, 5, "再来")), "data.reviewProduct"))
                .containsExactly("REVIEW_ALREADY_REVIEWED");

        JsonPath listed = storefront.query(PRODUCT_REVIEWS, Map.of("id", product));
        assertThat(listed.getList("data.productReviews.edges.node.id", String.class))
                .containsExactly(ok.getString("data.reviewProduct.review.id"));
        assertThat(listed.getString("data.productReviews.edges[0].node.reviewer")).matches(".\\*\\*|138\\*\\*\\*\\*0001");
        assertThat(listed.<Object>get("data.productReviews.edges[0].node.orderLineId")).isNull();
        assertThat(zhang.query(MY_REVIEWS).getList("data.myReviews.edges.node.id", String.class))
                .contains(ok.getString("data.reviewProduct.review.id"));
    }

    @Test
    void a_retried_mutation_with_the_same_key_answers_the_same_review() {
        String product = onSale("图重试");
        purchases.completed(Api.asSecondCustomer(), "demo", product);
        Map<String, Object> variables = Map.of("input", input(product, 5, "重试"), "key", "gql-review-" + UUID.randomUUID());

        String first = li.mutate(REVIEW_PRODUCT, variables).getString("data.reviewProduct.review.id");
        JsonPath again = li.mutate(REVIEW_PRODUCT, variables);

        assertThat(first).isNotNull();
        assertThat(again.getString("data.reviewProduct.review.id")).isEqualTo(first);
        assertThat(GraphQLClient.errorCodes(again, "data.reviewProduct")).isEmpty();
        assertThat(publicIds(product, null)).containsExactly(first);
    }

    @Test
    void staff_hide_show_and_answer_hidden_reviews_leave_the_storefront() {
        String product = onSale("图管理");
        purchases.completed(Api.asCustomer(), "demo", product);
        purchases.completed(Api.asCustomer(), "demo", product);
        String spam = reviewed(zhang, input(product, 1, "广告"));
        String picture = reviewed(zhang, input(product, 5, "", "https://img.example.com/g.jpg"));

        JsonPath forbidden = zhang.query(HIDE, Map.of("id", spam, "reason", "自己藏"));
        assertThat(forbidden.getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");
        assertThat(GraphQLClient.errorCodes(staff.mutate(HIDE, Map.of("id", spam, "reason", "")), "data.hideReview"))
                .containsExactly("REVIEW_HIDE_REASON_INVALID");
        JsonPath hidden = staff.mutate(HIDE, Map.of("id", spam, "reason", "广告"));
        assertThat(hidden.getBoolean("data.hideReview.review.hidden")).isTrue();

        assertThat(publicIds(product, null)).containsExactly(picture);
        assertThat(publicIds(product, Map.of("withImages", true))).containsExactly(picture);
        assertThat(publicIds(product, Map.of("rating", 1))).isEmpty();
        assertThat(staff.query(STAFF_REVIEWS, Map.of("id", product)).getList("data.reviews.edges.node.id", String.class))
                .containsExactly(picture, spam);
        assertThat(zhang.query(MY_REVIEWS).getString("data.myReviews.edges.find { it.node.id == '" + spam
                + "' }.node.hiddenReason")).isEqualTo("广告");

        assertThat(staff.mutate(UNHIDE, Map.of("id", spam)).getBoolean("data.unhideReview.review.hidden")).isFalse();
        assertThat(staff.mutate(REPLY, Map.of("id", picture, "text", "感谢晒图"))
                .getString("data.replyToReview.review.reply.text")).isEqualTo("感谢晒图");
        assertThat(publicIds(product, null)).containsExactly(picture, spam);
        assertThat(GraphQLClient.errorCodes(GraphQLClient.user(Tokens.ACME_ADMIN).mutate(HIDE,
                Map.of("id", picture, "reason", "跨店")), "data.hideReview")).containsExactly("REVIEW_NOT_FOUND");
    }

    @Test
    void anonymous_callers_cannot_review_and_staff_cannot_review() {
        String product = onSale("图权限");
        JsonPath anonymous = storefront.query(REVIEW_PRODUCT, Map.of("input", input(product, 5, "")));
        assertThat(anonymous.getString("errors[0].extensions.errorCode")).isEqualTo("UNAUTHENTICATED");
        JsonPath asStaff = staff.query(REVIEW_PRODUCT, Map.of("input", input(product, 5, "")));
        assertThat(asStaff.getString("errors[0].extensions.errorCode")).isEqualTo("FORBIDDEN");
        JsonPath otherMerchant = GraphQLClient.anonymous().header("X-Merchant", "acme").query(PRODUCT_REVIEWS,
                Map.of("id", product));
        assertThat(otherMerchant.getString("errors[0].extensions.errorCode")).isEqualTo("PRODUCT_NOT_FOUND");
    }

    @Test
    void a_product_listing_carries_review_summaries_in_one_statement_whatever_the_page_size() {
        String token = "评分" + uniqueCode("S");
        String rated = null;
        for (int i = 0; i < 22; i++) {
            String id = create(simpleProduct(uniqueCode("GSUM"), token, "1.00"));
            setStatus(id, "ON_SALE");
            rated = rated == null ? id : rated;
        }
        for (int rating : new int[] {5, 4, 4}) {
            purchases.completed(Api.asCustomer(), "demo", rated);
            reviewed(zhang, input(rated, rating, ""));
        }

        JsonPath page = storefront.query(LISTING_WITH_SUMMARY, Map.of("first", 22, "filter", Map.of("q", token)));
        String ratedId = rated;
        List<Map<String, Object>> nodes = page.getList("data.products.edges.node");
        assertThat(nodes).hasSize(22);
        Map<String, Object> summary = nodes.stream().filter(n -> n.get("id").equals(ratedId)).findFirst().orElseThrow();
        assertThat(summary.get("reviewSummary")).isEqualTo(Map.of("count", 3, "average", "4.3",
                "perStar", List.of(0, 0, 0, 2, 1)));
        assertThat(nodes.stream().filter(n -> !n.get("id").equals(ratedId)).map(n -> n.get("reviewSummary")))
                .allSatisfy(s -> assertThat(s).isEqualTo(Map.of("count", 0, "average", "0.0",
                        "perStar", List.of(0, 0, 0, 0, 0))));

        long withoutSummaries = fewestStatements(PRODUCT_LISTING, token, 20);
        long forTwo = fewestStatements(LISTING_WITH_SUMMARY, token, 2);
        long forTwenty = fewestStatements(LISTING_WITH_SUMMARY, token, 20);
        System.out.printf("Product listing SQL statements: without summaries %d; with summaries 2 products %d,"
                + " 20 products %d%n", withoutSummaries, forTwo, forTwenty);
        assertThat(forTwenty).as("statements for 20 products with summaries").isEqualTo(forTwo)
                .isEqualTo(withoutSummaries + 1);
    }

    static final String PRODUCT_LISTING = "query($first: Int, $filter: ProductFilter) {"
            + " products(first: $first, filter: $filter) { edges { node { id name } } } }";

    /** The fewest statements of three runs, so that a scheduled job running meanwhile does not count. */
    private long fewestStatements(String document, String token, int first) {
        Statistics statistics = sessionFactory.getStatistics();
        long fewest = Long.MAX_VALUE;
        for (int run = 0; run < 3; run++) {
            statistics.clear();
            JsonPath answer = storefront.query(document, Map.of("first", first, "filter", Map.of("q", token)));
            assertThat(answer.getList("data.products.edges")).hasSize(first);
            fewest = Math.min(fewest, statistics.getPrepareStatementCount());
        }
        return fewest;
    }
}
