package dev.zhanggui.server.catalog;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.ParallelCalls;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.Supplier;

import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.ProductRequests.create;
import static dev.zhanggui.server.testing.ProductRequests.setStatus;
import static dev.zhanggui.server.testing.ProductRequests.simpleProduct;
import static dev.zhanggui.server.testing.ProductRequests.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/** Customers keeping favourites (收藏) over REST. */
@QuarkusTest
class FavoriteRestTest {
    static final String FAVORITES = Api.ME + "/favorites";

    private static String onSale(String name) {
        String id = create(simpleProduct(uniqueCode("FAV"), name, "3.00"));
        setStatus(id, "ON_SALE");
        return id;
    }

    private static List<String> listed(Supplier<RequestSpecification> who) {
        return who.get().get(FAVORITES + "?limit=100").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void add_list_and_remove_newest_first_adding_twice_keeps_one() {
        String first = onSale("收藏一");
        String second = onSale("收藏二");

        Api.asCustomer().put(FAVORITES + "/" + first).then().statusCode(204);
        Api.asCustomer().put(FAVORITES + "/" + second).then().statusCode(204);
        Api.asCustomer().put(FAVORITES + "/" + first).then().statusCode(204);

        List<String> ids = listed(Api::asCustomer);
        assertThat(ids).startsWith(second, first).containsOnlyOnce(first, second);
        Api.asCustomer().get(FAVORITES + "?limit=1").then().statusCode(200)
                .body("items[0].id", equalTo(second)).body("items[0].name", equalTo("收藏二"));

        Api.asCustomer().delete(FAVORITES + "/" + first).then().statusCode(204);
        Api.asCustomer().delete(FAVORITES + "/" + first).then().statusCode(204);
        assertThat(listed(Api::asCustomer)).contains(second).doesNotContain(first);
    }

    @Test
    void parallel_adds_of_one_customer_queue_and_keep_one_favourite() throws Exception {
        String product = onSale("并发收藏");

        List<Integer> statuses = ParallelCalls.fire(10,
                () -> Api.asCustomer().put(FAVORITES + "/" + product).then().extract().statusCode());

        assertThat(statuses).containsOnly(204);
        assertThat(listed(Api::asCustomer)).containsOnlyOnce(product);
    }

    @Test
    void pages_follow_the_next_cursor() {
        String a = onSale("翻页一");
        String b = onSale("翻页二");
        Api.asSecondCustomer().put(FAVORITES + "/" + a).then().statusCode(204);
        Api.asSecondCustomer().put(FAVORITES + "/" + b).then().statusCode(204);

        String next = Api.asSecondCustomer().get(FAVORITES + "?limit=1").then().statusCode(200)
                .body("items[0].id", equalTo(b)).extract().path("next");
        Api.asSecondCustomer().queryParam("limit", 1).queryParam("after", next).get(FAVORITES).then()
                .statusCode(200).body("items[0].id", equalTo(a));
        Api.asSecondCustomer().queryParam("after", "not-a-cursor").get(FAVORITES).then()
                .spec(problem(400, "PAGE_CURSOR_INVALID"));
    }

    @Test
    void only_products_on_sale_are_kept_and_listed() {
        String inWarehouse = create(simpleProduct(uniqueCode("FAVW"), "仓库商品", "1.00"));
        Api.asCustomer().put(FAVORITES + "/" + inWarehouse).then().spec(problem(404, "PRODUCT_NOT_FOUND"));
        Api.asCustomer().put(FAVORITES + "/00000000-0000-0000-0000-000000000000").then()
                .spec(problem(404, "PRODUCT_NOT_FOUND"));

        String shelved = onSale("将下架");
        Api.asCustomer().put(FAVORITES + "/" + shelved).then().statusCode(204);
        setStatus(shelved, "OFF_SHELF");
        assertThat(listed(Api::asCustomer)).doesNotContain(inWarehouse, shelved);

        setStatus(shelved, "ON_SALE");
        assertThat(listed(Api::asCustomer)).contains(shelved);
    }

    @Test
    void one_customer_does_not_see_another_customers_favourites() {
        String mine = onSale("张三的");
        Api.asCustomer().put(FAVORITES + "/" + mine).then().statusCode(204);

        assertThat(listed(Api::asSecondCustomer)).doesNotContain(mine);
        Api.asSecondCustomer().delete(FAVORITES + "/" + mine).then().statusCode(204);
        assertThat(listed(Api::asCustomer)).contains(mine);
    }

    @Test
    void staff_and_anonymous_callers_are_refused() {
        String id = onSale("员工不可");
        Api.anonymous().header("X-Merchant", "demo").get(FAVORITES).then().statusCode(401);
        Api.anonymous().header("X-Merchant", "demo").put(FAVORITES + "/" + id).then().statusCode(401);
        Api.asStaff().get(FAVORITES).then().statusCode(403);
        Api.asAdmin().put(FAVORITES + "/" + id).then().statusCode(403);
        Api.asStaff().delete(FAVORITES + "/" + id).then().statusCode(403);
    }
}
