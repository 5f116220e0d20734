package dev.zhanggui.docs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract may only break where docs/CHANGELOG.md says so: the current docs/api/openapi.yaml
 * and schema.graphql are compared with the last release's copies in docs/api/released/. The
 * fixture tests break a copy of today's contract on purpose and show the check catches it, and
 * accepts it once listed.
 */
class ApiCompatibilityTest {
    static final Path API = Path.of("api");
    static final Path CHANGELOG = Path.of("CHANGELOG.md");

    @Test
    void the_rest_api_breaks_nothing_the_changelog_does_not_list() throws IOException {
        List<String> breaking = RestBreakingChanges.between(read(API.resolve("released/openapi.yaml")), read(API.resolve("openapi.yaml")));
        Changelog changelog = Changelog.read(CHANGELOG);
        breaking.forEach(change -> System.out.println((changelog.lists(change) ? "accepted (listed in CHANGELOG.md): " : "BREAKING: ") + change));
        assertThat(breaking.stream().filter(change -> !changelog.lists(change)).toList())
                .as("breaking changes to the REST API since the release in docs/api/released/: list each in docs/CHANGELOG.md "
                        + "under '## Unreleased' / '### Breaking' as '- <line>', or undo it")
                .isEmpty();
    }

    @Test
    void the_graphql_api_breaks_nothing_the_changelog_does_not_list() throws Exception {
        Inspection result = graphqlInspector(API.resolve("released/schema.graphql"), API.resolve("schema.graphql"), CHANGELOG);
        assertThat(result.exitCode()).as("graphql-inspector found breaking changes to the GraphQL API not listed in docs/CHANGELOG.md:\n" + result.output())
                .isZero();
    }

    @Test
    void the_rest_check_finds_removed_operations_and_fields_new_required_parameters_and_changed_types() throws IOException {
        String released = read(API.resolve("openapi.yaml"));
        String broken = brokenRest(released);

        List<String> breaking = RestBreakingChanges.between(released, broken);
        breaking.forEach(change -> System.out.println("fixture: " + change));

        assertThat(breaking).contains(
                "REST: DELETE /api/v1/products/{id}: operation removed",
                "REST: GET /api/v1/after-sales/{id}: response 200 application/json property 'orderNumber' removed",
                "REST: GET /api/v1/products: new required parameter 'channel' (query)",
                "REST: GET /api/v1/after-sales/{id}: response 200 application/json property 'version' type changed");
        Changelog listingAll = Changelog.parse("## Unreleased\n\n### Breaking\n\n"
                + String.join("\n", breaking.stream().map(c -> "- " + c).toList()) + "\n\n## 0.1.0\n");
        assertThat(breaking).allMatch(listingAll::lists);
        Changelog listingOne = Changelog.parse("## Unreleased\n\n### Breaking\n\n- " + breaking.getFirst() + "\n");
        assertThat(breaking.stream().filter(c -> !listingOne.lists(c))).hasSize(breaking.size() - 1);
        Changelog listedUnderARelease = Changelog.parse("## Unreleased\n\n## 0.1.0\n\n### Breaking\n\n- " + breaking.getFirst() + "\n");
        assertThat(listedUnderARelease.lists(breaking.getFirst())).isFalse();
    }

    @Test
    void the_graphql_check_fails_on_a_breaking_change_and_passes_once_it_is_listed() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "contract-fixtures"));
        String schema = read(API.resolve("schema.graphql"));
        String broken = replaceOnce(schema, "type Customer {\n  addresses: [Address!]!\n  defaultAddress: Address\n  email: String\n",
                "type Customer {\n  addresses: [Address!]!\n  defaultAddress: Address\n");
        Path brokenSchema = Files.writeString(dir.resolve("broken-schema.graphql"), broken);
        Path unlisted = Files.writeString(dir.resolve("CHANGELOG-unlisted.md"), "## Unreleased\n\n### Breaking\n\n");
        Path listed = Files.writeString(dir.resolve("CHANGELOG-listed.md"),
                "## Unreleased\n\n### Breaking\n\n- GraphQL: Field email was removed from object type Customer\n");

        Inspection refused = graphqlInspector(API.resolve("schema.graphql"), brokenSchema, unlisted);
        System.out.println("fixture, not listed:\n" + refused.output());
        assertThat(refused.exitCode()).isNotZero();
        assertThat(refused.output()).contains("Field email was removed from object type Customer", "Detected 1 breaking change");

        Inspection accepted = graphqlInspector(API.resolve("schema.graphql"), brokenSchema, listed);
        System.out.println("fixture, listed:\n" + accepted.output());
        assertThat(accepted.exitCode()).as(accepted.output()).isZero();
        assertThat(accepted.output()).contains("No breaking changes detected");
    }

    /** Today's contract with four breaking changes: each replacement must still apply as the contract grows. */
    private static String brokenRest(String contract) {
        String broken = contract;
        // DELETE /api/v1/products/{id} is gone
        int at = broken.indexOf("  /api/v1/products/{id}:\n");
        int delete = broken.indexOf("    delete:\n", at);
        int next = broken.indexOf("\n  /", delete);
        assertThat(at).isPositive();
        assertThat(delete).isPositive();
        assertThat(next).isPositive();
        broken = broken.substring(0, delete) + broken.substring(next + 1);
        // AfterSale.orderNumber is gone and AfterSale.version becomes a string
        int customer = broken.indexOf("\n    AfterSale:\n");
        int end = broken.indexOf("\n    AfterSaleEvent:", customer);
        assertThat(customer).isPositive();
        assertThat(end).isPositive();
        String schema = broken.substring(customer, end);
        String changed = replaceOnce(schema, "        orderNumber:\n          type: string\n", "");
        changed = replaceOnce(changed, "        version:\n          type: integer\n          format: int64\n", "        version:\n          type: string\n");
        broken = broken.substring(0, customer) + changed + broken.substring(end);
        // GET /api/v1/products takes a new required parameter
        return replaceOnce(broken, "      operationId: listProducts\n      tags:\n      - Products\n      parameters:\n",
                "      operationId: listProducts\n      tags:\n      - Products\n      parameters:\n      - name: channel\n        in: query\n        required: true\n        schema:\n          type: string\n");
    }

    private static String replaceOnce(String text, String target, String replacement) {
        assertThat(text).as("the fixture's anchor is still in the contract").contains(target);
        return text.replaceFirst(java.util.regex.Pattern.quote(target), java.util.regex.Matcher.quoteReplacement(replacement));
    }

    record Inspection(int exitCode, String output) {
    }

    private static Inspection graphqlInspector(Path released, Path current, Path changelog) throws Exception {
        ProcessBuilder builder = new ProcessBuilder("node", API.resolve("check-graphql-breaking.mjs").toString(),
                released.toString(), current.toString()).redirectErrorStream(true);
        builder.environment().put("ZHANGGUI_CHANGELOG", changelog.toAbsolutePath().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Inspection(process.exitValue(), output);
    }

    private static String read(Path file) throws IOException {
        return Files.readString(file, StandardCharsets.UTF_8);
    }
}
