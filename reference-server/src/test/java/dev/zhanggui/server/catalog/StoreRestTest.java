package dev.zhanggui.server.catalog;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.Api.anonymous;
import static dev.zhanggui.server.testing.Api.asAcmeAdmin;
import static dev.zhanggui.server.testing.Api.asAdmin;
import static dev.zhanggui.server.testing.Api.asCustomer;
import static dev.zhanggui.server.testing.Api.asIntegration;
import static dev.zhanggui.server.testing.Api.problem;
import static dev.zhanggui.server.testing.TestCatalog.STORES;
import static dev.zhanggui.server.testing.TestCatalog.createStore;
import static dev.zhanggui.server.testing.TestCatalog.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

/** Stores (门店) through REST: opened by staff, found by anyone, the nearest first. */
@QuarkusTest
class StoreRestTest {

    @Test
    void a_shopper_at_jingan_temple_finds_renmin_square_then_lujiazui_then_hongqiao() {
        String hongqiao = createStore(unique("虹桥店"), "31.1979", "121.3363");
        String lujiazui = createStore(unique("陆家嘴店"), "31.2397", "121.4998");
        String renmin = createStore(unique("人民广场店"), "31.2304", "121.4737");

        JsonPath nearest = anonymous().header("X-Merchant", "demo")
                .queryParam("lat", "31.2231").queryParam("lng", "121.4457").queryParam("limit", 100)
                .when().get(STORES + "/nearest").then().statusCode(200).extract().jsonPath();

        List<String> ids = nearest.getList("items.id", String.class);
        List<String> mine = ids.stream().filter(List.of(hongqiao, lujiazui, renmin)::contains).toList();
        assertThat(mine).containsExactly(renmin, lujiazui, hongqiao);
        List<Integer> distances = nearest.getList("items.distanceMeters", Integer.class);
        assertThat(distances).isSorted();
        assertThat(distances.get(ids.indexOf(renmin))).isBetween(2_600, 3_000);
        assertThat(distances.get(ids.indexOf(hongqiao))).isBetween(10_000, 12_000);
    }

    @Test
    void bad_coordinates_are_refused_naming_the_field() {
        anonymous().header("X-Merchant", "demo").queryParam("lat", "91").queryParam("lng", "121")
                .when().get(STORES + "/nearest")
                .then().spec(problem(400, "STORE_INVALID")).body("errors[0].field", equalTo("lat"));
        anonymous().header("X-Merchant", "demo").queryParam("lat", "31.2").queryParam("lng", "east")
                .when().get(STORES + "/nearest")
                .then().spec(problem(400, "STORE_INVALID")).body("errors[0].field", equalTo("lng"));
        anonymous().header("X-Merchant", "demo").queryParam("lat", "31.2")
                .when().get(STORES + "/nearest")
                .then().spec(problem(400, "STORE_INVALID")).body("errors[0].field", equalTo("lng"));
        asAdmin().body(Map.of("name", "南极店", "address", "南极", "latitude", -91, "longitude", 0))
                .when().post(STORES)
                .then().spec(problem(400, "STORE_INVALID")).body("errors[0].field", equalTo("latitude"));
        asAdmin().body(Map.of("name", "", "address", "某处", "latitude", 31, "longitude", 121))
                .when().post(STORES)
                .then().spec(problem(400, "STORE_INVALID")).body("errors[0].field", equalTo("name"));
    }

    @Test
    void staff_open_and_change_a_store_guarded_by_if_match() {
        String id = asIntegration().body(Map.of("name", unique("静安店"), "address", "上海市静安区南京西路 1 号",
                        "latitude", 31.2231, "longitude", 121.4457, "openingHours", "10:00-22:00", "phone", "021-6000 0000"))
                .when().post(STORES)
                .then().statusCode(201).header("ETag", "\"0\"")
                .body("latitude", equalTo(31.2231f)).body("openingHours", equalTo("10:00-22:00"))
                .extract().path("id");

        asAdmin().header("If-Match", "\"0\"").body(Map.of("address", "上海市静安区南京西路 2 号", "phone", ""))
                .when().patch(STORES + "/" + id)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("address", equalTo("上海市静安区南京西路 2 号")).body("phone", nullValue());
        asAdmin().header("If-Match", "\"0\"").body(Map.of("name", "旧版本"))
                .when().patch(STORES + "/" + id).then().spec(problem(412, "VERSION_MISMATCH"));
        anonymous().header("X-Merchant", "demo").when().get(STORES + "/" + id)
                .then().statusCode(200).body("version", equalTo(1)).body("distanceMeters", nullValue());
        anonymous().header("X-Merchant", "demo").queryParam("limit", 100).when().get(STORES)
                .then().statusCode(200);
    }

    @Test
    void shoppers_cannot_open_or_change_stores() {
        String id = createStore(unique("只读店"), "31.2", "121.4");
        Map<String, Object> body = Map.of("name", "x", "address", "y", "latitude", 31, "longitude", 121);

        asCustomer().body(body).when().post(STORES).then().spec(problem(403, "FORBIDDEN"));
        anonymous().header("X-Merchant", "demo").body(body).when().post(STORES)
                .then().spec(problem(401, "UNAUTHENTICATED"));
        asCustomer().body(Map.of("name", "x")).when().patch(STORES + "/" + id).then().spec(problem(403, "FORBIDDEN"));
        asCustomer().when().get(STORES + "/" + id).then().statusCode(200);
    }

    @Test
    void another_merchant_neither_sees_nor_changes_demos_stores() {
        String id = createStore(unique("租户店"), "31.2304", "121.4737");

        asAcmeAdmin().when().get(STORES + "/" + id).then().spec(problem(404, "STORE_NOT_FOUND"));
        asAcmeAdmin().body(Map.of("name", "acme")).when().patch(STORES + "/" + id)
                .then().spec(problem(404, "STORE_NOT_FOUND"));
        asAcmeAdmin().queryParam("limit", 100).when().get(STORES)
                .then().statusCode(200).body("items.id", not(hasItem(id)));
        anonymous().header("X-Merchant", "acme").queryParam("lat", "31.2304").queryParam("lng", "121.4737")
                .queryParam("limit", 100).when().get(STORES + "/nearest")
                .then().statusCode(200).body("items.id", not(hasItem(id)));
    }
}
