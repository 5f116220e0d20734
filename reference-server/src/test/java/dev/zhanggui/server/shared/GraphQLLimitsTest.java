package dev.zhanggui.server.shared;

import dev.zhanggui.server.testing.GraphQLClient;
import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What protects the GraphQL endpoint from abusive or broken documents: the depth limit (12), the
 * complexity limit (400), and clean answers to malformed requests that reveal nothing inside.
 */
@QuarkusTest
class GraphQLLimitsTest {
    private final GraphQLClient customer = GraphQLClient.user(Tokens.CUSTOMER);
    private final GraphQLClient admin = GraphQLClient.user(Tokens.ADMIN);

    @Test
    void a_document_nested_deeper_than_the_limit_is_not_executed() {
        String deep = "{ __schema { types { fields { type " + "{ ofType ".repeat(12) + "{ name }"
                + " }".repeat(12) + " } } } }";

        JsonPath answer = admin.query(deep);

        assertThat(answer.getString("data")).isNull();
        assertThat(answer.getString("errors[0].message")).contains("maximum query depth exceeded");
    }

    @Test
    void a_document_within_the_depth_limit_is_executed() {
        String nested = "{ __schema { types { fields { type " + "{ ofType ".repeat(6) + "{ name }"
                + " }".repeat(6) + " } } } }";

        JsonPath answer = admin.query(nested);

        assertThat(answer.getList("errors")).isNull();
        assertThat(answer.getList("data.__schema.types")).isNotEmpty();
    }

    @Test
    void a_document_too_complex_is_not_executed() {
        StringBuilder document = new StringBuilder("{");
        for (int i = 0; i < 60; i++) {
            document.append(" me").append(i).append(": me { id phone addresses { id city detail } }");
        }
        document.append(" }");

        JsonPath answer = customer.query(document.toString());

        assertThat(answer.getString("data")).isNull();
        assertThat(answer.getString("errors[0].message")).contains("maximum query complexity exceeded");
    }

    @Test
    void introspection_is_open_for_client_generators() {
        JsonPath answer = GraphQLClient.anonymous().query("{ __schema { queryType { name } mutationType { name } } }");

        assertThat(answer.getString("data.__schema.queryType.name")).isEqualTo("Query");
        assertThat(answer.getString("data.__schema.mutationType.name")).isEqualTo("Mutation");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ me { id ", "mutation { updateMe(input: {name: }) { errors { code } } }", "}{",
            "query query query"})
    void a_malformed_document_is_a_client_error(String document) {
        Response response = customer.send(document, Map.of());

        assertThat(response.statusCode()).isIn(200, 400);
        JsonPath answer = response.jsonPath();
        assertThat(answer.getString("data")).isNull();
        assertThat(answer.getList("errors")).hasSize(1);
        // SmallRye GraphQL answers a document it cannot parse with this message, classified as a
        // DataFetchingException rather than graphql-java's InvalidSyntax.
        assertThat(answer.getString("errors[0].message")).isEqualTo("Unparseable input document");
    }

    @Test
    void an_unknown_field_is_a_validation_error() {
        JsonPath answer = customer.query("{ me { id creditCardNumber } }");

        assertThat(answer.getString("data")).isNull();
        assertThat(answer.getString("errors[0].extensions.classification")).isEqualTo("ValidationError");
        assertThat(answer.getString("errors[0].message")).contains("creditCardNumber");
    }

    @Test
    void a_variable_of_the_wrong_type_is_a_validation_error() {
        JsonPath answer = admin.query("query($first: Int) { customers(first: $first) { edges { cursor } } }",
                Map.of("first", "twenty"));

        assertThat(answer.getString("data")).isNull();
        assertThat(answer.getList("errors.extensions.classification")).contains("ValidationError");
    }

    @ParameterizedTest
    @ValueSource(strings = {"{not json", "{\"variables\": {}}", "[]", "\"query\""})
    void a_body_that_is_no_graphql_request_is_a_client_error(String body) {
        Response response = given().contentType("application/json").auth().oauth2(Tokens.of(Tokens.CUSTOMER))
                .body(body).post("/graphql");

        assertThat(response.statusCode()).isIn(200, 400);
        assertThat(response.jsonPath().getList("errors")).isNotEmpty();
        GraphQLClient.assertNoLeak(response.asString());
    }

    @Test
    void a_failing_query_names_no_class_stack_or_sql() {
        JsonPath answer = admin.query("query($after: String) { customers(after: $after) { edges { cursor } } }",
                Map.of("after", "bm90LWEtdXVpZA"));

        assertThat(answer.getString("errors[0].message")).isEqualTo("The page cursor is not valid.");
        assertThat(answer.getMap("errors[0].extensions")).doesNotContainKey("exception");
    }
}
