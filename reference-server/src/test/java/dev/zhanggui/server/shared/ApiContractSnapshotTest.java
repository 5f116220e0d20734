package dev.zhanggui.server.shared;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API contract is committed: {@code docs/api/openapi.yaml} (REST) and
 * {@code docs/api/schema.graphql} (GraphQL) must equal what this build serves, so that every API
 * change shows up as a diff in review. After an intended change, rewrite both with
 * {@code ./mvnw verify -pl reference-server -am -Dtest=ApiContractSnapshotTest -Dsurefire.failIfNoSpecifiedTests=false -Dzhanggui.docs.write=true}.
 */
@QuarkusTest
class ApiContractSnapshotTest {
    static final Path API_DOCS = Path.of("..", "docs", "api");

    @Test
    void the_committed_openapi_document_is_the_one_served() throws IOException {
        String served = given().queryParam("format", "yaml").when().get("/openapi")
                .then().statusCode(200).extract().asString();
        matchesCommitted("openapi.yaml", served);
    }

    @Test
    void the_committed_graphql_schema_is_the_one_served() throws IOException {
        String served = given().when().get("/graphql/schema.graphql")
                .then().statusCode(200).extract().asString();
        matchesCommitted("schema.graphql", served);
    }

    private static void matchesCommitted(String file, String served) throws IOException {
        String normalized = served.replace("\r\n", "\n").stripTrailing() + "\n";
        Path committed = API_DOCS.resolve(file);
        if (Boolean.getBoolean("zhanggui.docs.write")) {
            Files.createDirectories(API_DOCS);
            Files.writeString(committed, normalized, StandardCharsets.UTF_8);
        }
        assertThat(committed).as("docs/api/" + file + " is committed").exists();
        assertThat(Files.readString(committed, StandardCharsets.UTF_8))
                .as("docs/api/" + file + " differs from the contract this build serves; if the change is intended, "
                        + "rewrite it with -Dzhanggui.docs.write=true and review the diff")
                .isEqualTo(normalized);
    }
}
