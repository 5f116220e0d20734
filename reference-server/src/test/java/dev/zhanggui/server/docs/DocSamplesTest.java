package dev.zhanggui.server.docs;

import dev.zhanggui.server.testing.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every curl and GraphQL sample in the docs runs against a real server (PostgreSQL and Keycloak), so the
 * docs cannot rot: see {@link DocSamples} for the markers. A failing sample is reported with its file and
 * line and what it printed.
 */
@QuarkusTest
class DocSamplesTest {
    private static final Path REPO = Path.of("..").toAbsolutePath().normalize();
    /** Pages that are there to be followed step by step: each must have samples that run. */
    private static final List<String> PAGES_WITH_SAMPLES = List.of("README.md", "docs/getting-started.md", "docs/concepts.md",
            "docs/guides/storefront-graphql.md", "docs/guides/integration-rest.md", "docs/operations.md");

    @TestHTTPResource("/")
    URL server;

    @Test
    void every_sample_in_the_docs_runs() throws Exception {
        List<String> failures = new ArrayList<>();
        StringBuilder counts = new StringBuilder();
        for (Path file : markdownFiles()) {
            String name = REPO.relativize(file).toString();
            DocSamples.Page page = DocSamples.parse(name, Files.readString(file));
            if (PAGES_WITH_SAMPLES.contains(name)) {
                assertThat(page.samples()).as(name + " has samples to run").isNotEmpty();
            }
            if (page.samples().isEmpty()) {
                continue;
            }
            List<DocSamples.Outcome> outcomes = run(page);
            counts.append(String.format("%-40s %3d run, %d skipped%n", name, outcomes.size(), page.skipped()));
            outcomes.stream().filter(o -> !o.ok())
                    .forEach(o -> failures.add(o.sample().where() + " failed:\n" + o.output()));
        }
        System.out.println("Doc samples:\n" + counts);
        assertThat(failures).as("doc samples that fail").isEmpty();
        for (String required : PAGES_WITH_SAMPLES) {
            assertThat(counts.toString()).as("samples ran in " + required).contains(required);
        }
    }

    @Test
    void a_broken_sample_is_reported_with_its_file_and_line() throws Exception {
        String markdown = """
                # A page

                ```sh
                TOKEN=$(curl -s -d grant_type=password -d client_id=storefront -d username=13800000001 -d password=demo \\
                  http://localhost:8180/realms/zhanggui/protocol/openid-connect/token | jq -r .access_token)
                curl -s -H "Authorization: Bearer $TOKEN" http://localhost:8080/api/v1/me
                ```

                ```sh
                curl -s -H "Authorization: Bearer $TOKEN" http://localhost:8080/api/v1/no-such-thing
                ```

                <!-- sample: expect 409 -->
                ```sh
                curl -s -H "Authorization: Bearer $TOKEN" http://localhost:8080/api/v1/me
                ```

                <!-- sample: as customer -->
                ```graphql
                { me { phone } }
                ```

                <!-- sample: as customer -->
                ```graphql
                { me { noSuchField } }
                ```

                <!-- sample: skip -->
                ```sh
                curl http://localhost:1/never
                ```
                """;
        DocSamples.Page page = DocSamples.parse("docs/broken.md", markdown);
        assertThat(page.skipped()).isEqualTo(1);

        List<DocSamples.Outcome> outcomes = run(page);

        assertThat(outcomes).extracting(o -> o.sample().where() + " " + o.ok())
                .containsExactly("docs/broken.md:3 true", "docs/broken.md:9 false", "docs/broken.md:14 false",
                        "docs/broken.md:19 true", "docs/broken.md:24 false");
        assertThat(outcomes.get(1).output()).contains("404");
    }

    @Test
    void a_block_that_calls_a_helper_of_an_earlier_sample_is_a_sample_and_a_build_command_is_not() {
        DocSamples.Page page = DocSamples.parse("docs/helper.md", """
                ```sh
                ./mvnw verify
                ```

                ```sh
                health() { curl -s http://localhost:8080/q/health; }
                ```

                ```sh
                health | jq -r .status
                ```
                """);

        assertThat(page.samples()).extracting(DocSamples.Sample::line).containsExactly(5, 9);
    }

    private List<DocSamples.Outcome> run(DocSamples.Page page) throws IOException, InterruptedException {
        String keycloak = ConfigProvider.getConfig().getValue("zhanggui.test.keycloak-url", String.class);
        Map<String, String> tokens = Map.of(
                "TOKEN_CUSTOMER", Tokens.of(Tokens.CUSTOMER),
                "TOKEN_FRESH_CUSTOMER", Tokens.of(Tokens.FRESH_CUSTOMER),
                "TOKEN_ADMIN", Tokens.of(Tokens.ADMIN),
                "TOKEN_STAFF", Tokens.of(Tokens.STAFF),
                "TOKEN_INTEGRATION", Tokens.integration());
        Path work = Path.of("target", "doc-samples", page.file().replace('/', '_')).toAbsolutePath();
        deleteTree(work);
        return DocSamples.run(page, server.toString(), keycloak, tokens, work);
    }

    private static List<Path> markdownFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(REPO.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(REPO.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md"))
                    .filter(p -> !p.startsWith(REPO.resolve("docs/api")))
                    .sorted().forEach(files::add);
        }
        return files;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
