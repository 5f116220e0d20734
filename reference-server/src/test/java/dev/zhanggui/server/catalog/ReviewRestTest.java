package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.ProductRequests.create;
import static dev.zhanggui.server.testing.ProductRequests.setStatus;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/**
 * Product reviews (评价) over REST: a customer who bought a product reviews it once per completed
 * order line; the storefront lists visible reviews with masked names and a star summary; staff
 * hide, show and answer reviews. Purchases are recorded in {@link RecordedReviewPurchases}.
 */
@QuarkusTest
class ReviewRestTest {
    static final String MY_REVIEWS = Api.ME + "/reviews";
    static final String MODERATION = "/api/v1/reviews";

    @Inject
    RecordedReviewPurchases purchases;

    static String onSale(String name) {
        String id = create(simpleProduct(uniqueCode("REV"), name, "5.00"));
        setStatus(id, "ON_SALE");
        return id;
    }

    static String reviews(String product) {
        return "/api/v1/products/" + product + "/reviews";
    }

    static Map<String, Object> review(int rating, String text, String... images) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rating", rating);
        body.put("text", text);
        body.put("images", List.of(images));
        return body;
    }

    static RequestSpecification storefront() {
        return Api.anonymous().header("X-Merchant", "demo");
    }

    private String bought(RequestSpecification customer, String product) {
        return purchases.completed(customer, "demo", product);
    }

    private static String post(RequestSpecification customer, String product, Map<String, Object> body) {
        return customer.body(body).post(reviews(product)).then().statusCode(201).extract().path("id");
    }

    @Test
    void a_buyer_reviews_and_everyone_sees_the_review_with_a_masked_name_and_the_summary() {
        String product = onSale("评价晾衣杆");
        String line = bought(Api.asCustomer(), product);

        var created = Api.asCustomer().body(review(5, "很结实<script>x</script>", "https://img.example.com/a.jpg"))
                .post(reviews(product)).then().statusCode(201)
                .body("rating", equalTo(5)).body("text", equalTo("很结实x")).body("orderLineId", equalTo(line))
                .body("hidden", equalTo(false)).extract();
        assertThat(created.header("Location")).endsWith(MY_REVIEWS + "/" + created.path("id"));

        storefront().get(reviews(product)).then().statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].id", equalTo(created.path("id")))
                .body("items[0].images[0]", equalTo("https://img.example.com/a.jpg"))
                .body("items[0].reviewer", matchesPattern("(.\\*\\*|138\\*\\*\\*\\*0001)"))
                .body("items[0].customerId", nullValue()).body("items[0].orderLineId", nullValue())
                .body(not(containsString("13800000001")));
        storefront().get(reviews(product) + "/summary").then().statusCode(200)
                .body("count", equalTo(1)).body("average", equalTo(5.0f)).body("perStar", equalTo(List.of(0, 0, 0, 0, 1)));
        Api.asCustomer().get(MY_REVIEWS + "?limit=100").then().statusCode(200)
                .body("items.id", hasItem(created.<String>path("id")));
    }

    @Test
    void not_bought_is_refused_and_each_completed_order_line_is_reviewed_once() {
        String product = onSale("评价一次");
        Api.asCustomer().body(review(4, "没买")).post(reviews(product)).then().spec(problem(422, "REVIEW_NOT_PURCHASED"));

        String first = bought(Api.asCustomer(), product);
        post(Api.asCustomer(), product, review(3, "第一次"));
        Api.asCustomer().body(review(4, "又一次")).post(reviews(product)).then().spec(problem(409, "REVIEW_ALREADY_REVIEWED"));
        Map<String, Object> forFirst = review(4, "指定");
        forFirst.put("orderLineId", first);
        Api.asCustomer().body(forFirst).post(reviews(product)).then().spec(problem(409, "REVIEW_ALREADY_REVIEWED"));
        forFirst.put("orderLineId", UUID.randomUUID().toString());
        Api.asCustomer().body(forFirst).post(reviews(product)).then().spec(problem(422, "REVIEW_NOT_PURCHASED"));

        bought(Api.asCustomer(), product);
        post(Api.asCustomer(), product, review(5, "回购"));
        storefront().get(reviews(product) + "/summary").then().statusCode(200)
                .body("count", equalTo(2)).body("average", equalTo(4.0f));
        Api.asSecondCustomer().body(review(5, "别人买的")).post(reviews(product)).then()
                .spec(problem(422, "REVIEW_NOT_PURCHASED"));
    }

    @Test
    void bad_input_is_refused_with_a_code_and_the_field() {
        String product = onSale("评价校验");
        bought(Api.asCustomer(), product);

        Api.asCustomer().body(review(0, "")).post(reviews(product)).then().spec(problem(400, "REVIEW_RATING_INVALID"))
                .body("errors[0].field", equalTo("rating"));
        Api.asCustomer().body(Map.of("text", "no rating")).post(reviews(product)).then()
                .spec(problem(400, "REVIEW_RATING_INVALID"));
        Api.asCustomer().body(review(5, "长".repeat(501))).post(reviews(product)).then()
                .spec(problem(400, "REVIEW_TEXT_INVALID"));
        Api.asCustomer().body(review(5, "", "http://img.example.com/a.jpg")).post(reviews(product)).then()
                .spec(problem(400, "REVIEW_IMAGES_INVALID")).body("errors[0].field", equalTo("images[0]"));
        Map<String, Object> tooMany = review(5, "");
        tooMany.put("images", Collections.nCopies(10, "https://img.example.com/a.jpg"));
        Api.asCustomer().body(tooMany).post(reviews(product)).then().spec(problem(400, "REVIEW_IMAGES_INVALID"));
        storefront().get(reviews(product) + "?rating=abc").then().spec(problem(400, "REVIEW_RATING_INVALID"));
        storefront().get(reviews(product) + "?withImages=maybe").then().spec(problem(400, "VALIDATION_FAILED"));
        storefront().get(reviews(product) + "?after=bad-cursor").then().spec(problem(400, "PAGE_CURSOR_INVALID"));
        // Nothing was stored by the refusals: the purchase can still be reviewed.
        post(Api.asCustomer(), product, review(5, "终于"));
    }

    @Test
    void who_may_do_what() {
        String product = onSale("评价权限");
        bought(Api.asCustomer(), product);
        String id = post(Api.asCustomer(), product, review(2, "一般"));

        Api.anonymous().header("X-Merchant", "demo").body(review(5, "")).post(reviews(product)).then().statusCode(401);
        Api.asStaff().body(review(5, "")).post(reviews(product)).then().statusCode(403);
        Api.asCustomer().body(Map.of("reason", "不喜欢")).post(MODERATION + "/" + id + "/hide").then().statusCode(403);
        Api.asCustomer().body(Map.of("text", "自问自答")).put(MODERATION + "/" + id + "/reply").then().statusCode(403);
        Api.asCustomer().get(MODERATION).then().statusCode(403);
        storefront().get(MY_REVIEWS).then().statusCode(401);

        // Another merchant sees neither the product nor the review.
        Api.anonymous().header("X-Merchant", "acme").get(reviews(product)).then().spec(problem(404, "PRODUCT_NOT_FOUND"));
        Api.asAcmeCustomer().get(reviews(product) + "/summary").then().spec(problem(404, "PRODUCT_NOT_FOUND"));
        Api.asAcmeAdmin().get(MODERATION + "/" + id).then().spec(problem(404, "REVIEW_NOT_FOUND"));
        Api.asAcmeAdmin().body(Map.of("reason", "跨店")).post(MODERATION + "/" + id + "/hide").then()
                .spec(problem(404, "REVIEW_NOT_FOUND"));
        assertThat(Api.asAcmeAdmin().get(MODERATION + "?limit=100").then().statusCode(200)
                .extract().jsonPath().getList("items.id", String.class)).doesNotContain(id);

        // A customer withdraws only their own review.
        Api.asSecondCustomer().delete(MY_REVIEWS + "/" + id).then().spec(problem(404, "REVIEW_NOT_FOUND"));
        Api.asCustomer().delete(MY_REVIEWS + "/" + id).then().statusCode(204);
        Api.asAdmin().get(MODERATION + "/" + id).then().spec(problem(404, "REVIEW_NOT_FOUND"));
    }

    @Test
    void staff_hide_show_and_answer_and_hidden_reviews_leave_the_storefront_and_the_summary() {
        String product = onSale("评价管理");
        bought(Api.asCustomer(), product);
        bought(Api.asSecondCustomer(), product);
        String spam = post(Api.asCustomer(), product, review(1, "广告"));
        String good = post(Api.asSecondCustomer(), product, review(5, "好"));

        Api.asStaff().body(Map.of("reason", " ")).post(MODERATION + "/" + spam + "/hide").then()
                .spec(problem(400, "REVIEW_HIDE_REASON_INVALID"));
        Api.asStaff().body(Map.of("reason", "广告")).post(MODERATION + "/" + spam + "/hide").then().statusCode(200)
                .body("hidden", equalTo(true)).body("hiddenReason", equalTo("广告"));

        assertThat(storefront().get(reviews(product)).then().statusCode(200).extract().jsonPath()
                .getList("items.id", String.class)).containsExactly(good);
        storefront().get(reviews(product) + "/summary").then().body("count", equalTo(1)).body("average", equalTo(5.0f));
        assertThat(Api.asAdmin().queryParam("product", product).get(MODERATION).then().statusCode(200).extract()
                .jsonPath().getList("items.id", String.class)).containsExactly(good, spam);
        assertThat(Api.asAdmin().queryParam("product", product).queryParam("visibleOnly", "true").get(MODERATION)
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class)).containsExactly(good);
        Api.asCustomer().get(MY_REVIEWS + "?limit=100").then().statusCode(200)
                .body("items.find { it.id == '" + spam + "' }.hidden", equalTo(true));

        Api.asAdmin().post(MODERATION + "/" + spam + "/unhide").then().statusCode(200).body("hidden", equalTo(false));
        Api.asStaff().body(Map.of("text", "")).put(MODERATION + "/" + good + "/reply").then()
                .spec(problem(400, "REVIEW_REPLY_INVALID"));
        Api.asStaff().body(Map.of("text", "谢谢支持")).put(MODERATION + "/" + good + "/reply").then().statusCode(200)
                .body("reply.text", equalTo("谢谢支持"));
        storefront().get(reviews(product)).then().statusCode(200)
                .body("items.id", equalTo(List.of(good, spam)))
                .body("items[0].reply.text", equalTo("谢谢支持"));
    }

    @Test
    void filters_by_stars_and_pictures_and_pages_newest_first() {
        String product = onSale("评价筛选");
        for (int i = 0; i < 3; i++) {
            bought(Api.asCustomer(), product);
        }
        String picture = post(Api.asCustomer(), product, review(5, "", "https://img.example.com/p.jpg"));
        String plain = post(Api.asCustomer(), product, review(5, "好"));
        String low = post(Api.asCustomer(), product, review(2, "差"));

        assertThat(ids(storefront().queryParam("rating", 5), product)).containsExactly(plain, picture);
        assertThat(ids(storefront().queryParam("withImages", "true"), product)).containsExactly(picture);
        String next = storefront().queryParam("limit", 2).get(reviews(product)).then().statusCode(200)
                .body("items.id", equalTo(List.of(low, plain))).extract().path("next");
        storefront().queryParam("limit", 2).queryParam("after", next).get(reviews(product)).then().statusCode(200)
                .body("items.id", equalTo(List.of(picture))).body("next", nullValue());
        storefront().get(reviews(product) + "/summary").then()
                .body("count", equalTo(3)).body("average", equalTo(4.0f)).body("perStar", equalTo(List.of(0, 1, 0, 0, 2)));
    }

    private static List<String> ids(RequestSpecification request, String product) {
        return request.get(reviews(product)).then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    @Test
    void a_product_not_on_sale_has_no_reviews_for_the_storefront() {
        String product = create(simpleProduct(uniqueCode("REVW"), "仓库评价", "1.00"));
        bought(Api.asCustomer(), product);
        Api.asCustomer().body(review(5, "")).post(reviews(product)).then().spec(problem(404, "PRODUCT_NOT_FOUND"));
        storefront().get(reviews(product)).then().spec(problem(404, "PRODUCT_NOT_FOUND"));
        Api.asAdmin().get(reviews(product)).then().statusCode(200).body("items.size()", equalTo(0));
    }

    @Test
    void a_retried_review_with_the_same_idempotency_key_answers_the_first_answer_and_stores_one() {
        String product = onSale("评价重试");
        bought(Api.asCustomer(), product);
        String key = "review-" + UUID.randomUUID();

        String first = Api.asCustomer().header("Idempotency-Key", key).body(review(4, "重试"))
                .post(reviews(product)).then().statusCode(201).extract().path("id");
        String again = Api.asCustomer().header("Idempotency-Key", key).body(review(4, "重试"))
                .post(reviews(product)).then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");

        assertThat(again).isEqualTo(first);
        storefront().get(reviews(product) + "/summary").then().body("count", equalTo(1));
    }
}
