package dev.zhanggui.server.customer;

import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class MeRestSmokeTest {
    @Test
    void a_customer_reads_their_own_record() {
        given().auth().oauth2(Tokens.of(Tokens.CUSTOMER))
                .when().get("/api/v1/me")
                .then().statusCode(200).body("phone", equalTo("13800000001"));
    }
}
