package dev.zhanggui.server.wallet;

import dev.zhanggui.server.testing.Api;
import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.ParallelCalls;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** 每日签到 over REST and GraphQL: once a day even when called in parallel; rules as {code, args}. */
@QuarkusTest
class CheckInRestTest {
    static final String CHECK_INS = Api.ME + "/check-ins";
    static final String RULES = "/api/v1/points-rules";

    private static long points(io.restassured.specification.RequestSpecification as) {
        return as.get(Api.ME + "/wallet").then().statusCode(200).extract().jsonPath().getLong("points");
    }

    @Test
    void parallel_check_ins_of_one_customer_earn_the_day_once() throws Exception {
        long before = points(Api.asSecondCustomer());

        List<Integer> statuses = ParallelCalls.fire(8, () -> Api.asSecondCustomer().post(CHECK_INS).statusCode());

        assertThat(statuses).containsOnlyOnce(201).containsOnly(201, 409);
        assertThat(points(Api.asSecondCustomer())).isEqualTo(before + 10);
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Api.asSecondCustomer().get(CHECK_INS).then().statusCode(200).body("day", hasItem(today));
        Api.asSecondCustomer().post(CHECK_INS).then().spec(problem(409, "CHECK_IN_ALREADY_DONE"));
        Api.asSecondCustomer().queryParam("reason", "SIGN_IN").get(Api.ME + "/wallet/entries").then().statusCode(200)
                .body("items[0].points", equalTo(10)).body("items[0].operationKey", equalTo("check-in:" + today));
        Api.asStaff().post(CHECK_INS).then().statusCode(403);
    }

    @Test
    void admins_replace_the_rules_and_bad_rules_are_refused_field_by_field() {
        Api.anonymous().header("X-Merchant", "demo").get(RULES).then().statusCode(200)
                .body("rules[0].code", equalTo("daily_sign_in")).body("rules[0].args.points", equalTo("10"))
                .body("rules.size()", equalTo(4));
        Map<String, Object> bad = Map.of("rules", List.of(Map.of("code", "lottery", "args", Map.of()),
                Map.of("code", "daily_sign_in", "args", Map.of("points", "ten"))));
        Api.asAcmeAdmin().body(bad).put(RULES).then().spec(problem(400, "POINTS_RULE_INVALID"))
                .body("errors.field", equalTo(List.of("rules[0].code", "rules[1].args.points")));
        Api.asStaff().body(Map.of("rules", List.of())).put(RULES).then().statusCode(403);

        Map<String, Object> rules = Map.of("rules", List.of(Map.of("code", "daily_sign_in", "args", Map.of("points", "5")),
                Map.of("code", "monthly_streak_bonus", "args", Map.of("days", "3", "points", "15"))));
        Api.asAcmeAdmin().body(rules).put(RULES).then().statusCode(200).body("rules[1].args.days", equalTo("3"));
        Api.asAcmeAdmin().get(RULES).then().statusCode(200).body("rules.size()", equalTo(2))
                .body("rules[0].args.points", equalTo("5"));
        Api.asAdmin().get(RULES).then().statusCode(200).body("rules.size()", equalTo(4));
    }

    @Test
    void check_in_over_graphql_once_a_day() {
        GraphQLClient acme = GraphQLClient.user(Tokens.ACME_CUSTOMER);
        String mutation = "mutation { checkIn { checkIn { day streak points } pointsBalance errors { code } } }";

        JsonPath first = acme.mutate(mutation, Map.of());
        JsonPath second = acme.mutate(mutation, Map.of());

        List<String> codes = GraphQLClient.errorCodes(first, "data.checkIn");
        assertThat(codes).as("first check-in of the day").isEmpty();
        assertThat(first.getLong("data.checkIn.checkIn.points")).isPositive();
        assertThat(GraphQLClient.errorCodes(second, "data.checkIn")).containsExactly("CHECK_IN_ALREADY_DONE");
        assertThat(acme.query("{ myCheckIns { day } }").getList("data.myCheckIns.day"))
                .contains(first.getString("data.checkIn.checkIn.day"));
        assertThat(GraphQLClient.anonymous().header("X-Merchant", "demo").query("{ pointsRules { code } }")
                .getList("data.pointsRules.code")).contains("daily_sign_in");
    }
}
