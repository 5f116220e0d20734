package dev.zhanggui.server.testing;

import io.restassured.builder.ResponseSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.restassured.specification.ResponseSpecification;
import org.hamcrest.Matcher;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

/**
 * Requests as the realm's demo users, fresh test data (phone numbers, tags, customers) and what
 * every error answer must look like. Tests share one database, so they make their own data.
 */
public final class Api {
    public static final String ME = "/api/v1/me";
    public static final String CUSTOMERS = "/api/v1/customers";
    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }

    public static RequestSpecification anonymous() {
        return given().contentType(ContentType.JSON);
    }

    public static RequestSpecification as(String accessToken) {
        return anonymous().auth().oauth2(accessToken);
    }

    /** 张三, 13800000001 of merchant demo. */
    public static RequestSpecification asCustomer() {
        return as(Tokens.of(Tokens.CUSTOMER));
    }

    /** 李四, 13800000002 of merchant demo, created in advance by staff with tags. */
    public static RequestSpecification asSecondCustomer() {
        return as(Tokens.of(Tokens.CUSTOMER_2));
    }

    /** 13900000001 of merchant acme. */
    public static RequestSpecification asAcmeCustomer() {
        return as(Tokens.of(Tokens.ACME_CUSTOMER));
    }

    public static RequestSpecification asAdmin() {
        return as(Tokens.of(Tokens.ADMIN));
    }

    public static RequestSpecification asStaff() {
        return as(Tokens.of(Tokens.STAFF));
    }

    public static RequestSpecification asIntegration() {
        return as(Tokens.integration());
    }

    public static RequestSpecification asAcmeAdmin() {
        return as(Tokens.of(Tokens.ACME_ADMIN));
    }

    /** A mainland mobile number no demo user has: 139 and eight random digits. */
    public static String randomPhone() {
        String phone;
        do {
            phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        } while (phone.equals(Tokens.ACME_CUSTOMER));
        return phone;
    }

    /** A tag no other test uses. */
    public static String uniqueTag() {
        return "t-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Creates a customer of merchant demo as its admin; returns the new id. */
    public static String createCustomer(String phone, String... tags) {
        return asAdmin().body(newCustomer(phone, tags))
                .when().post(CUSTOMERS)
                .then().statusCode(201).extract().path("id");
    }

    public static Map<String, Object> newCustomer(String phone, String... tags) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("phone", phone);
        body.put("tags", List.of(tags));
        return body;
    }

    /** The ids of the customers of merchant demo with this tag, in list order. */
    public static List<String> customerIdsTagged(String tag) {
        return asAdmin().queryParam("tag", tag).queryParam("limit", 100)
                .when().get(CUSTOMERS)
                .then().statusCode(200).extract().jsonPath().getList("items.id", String.class);
    }

    /** An RFC 9457 answer with our stable code, which gives nothing of the server's insides away. */
    public static ResponseSpecification problem(int status, String code) {
        return new ResponseSpecBuilder().expectStatusCode(status)
                .expectHeader("Content-Type", startsWith(PROBLEM_JSON))
                .expectBody("status", equalTo(status))
                .expectBody("code", equalTo(code))
                .expectBody(revealsNoInternals())
                .build();
    }

    /** No stack trace, class name, ORM or SQL text. */
    public static Matcher<String> revealsNoInternals() {
        List<Matcher<? super String>> absent = Stream.of("Exception", "at dev.", "at java.", "org.hibernate", "SQL",
                        "dev.zhanggui.", "jakarta.")
                .<Matcher<? super String>>map(leak -> not(containsString(leak))).toList();
        return allOf(absent);
    }
}
