package dev.zhanggui.architecture;

import dev.zhanggui.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Keeps {@code docs/reference/error-codes.md} equal to the code catalogue. After adding a code,
 * regenerate it: {@code ./mvnw -pl core test -Dtest=ErrorCatalogueDocTest -Dzhanggui.docs.write=true}.
 */
class ErrorCatalogueDocTest {
    private static final Path DOC = Path.of("..", "docs", "reference", "error-codes.md");

    @Test
    void the_documented_catalogue_is_the_code_catalogue() throws IOException {
        String expected = render();
        if (Boolean.getBoolean("zhanggui.docs.write")) {
            Files.writeString(DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOC)).as(DOC + " exists").isTrue();
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8))
                .as("docs/reference/error-codes.md is out of date; regenerate it with -Dzhanggui.docs.write=true")
                .isEqualTo(expected);
    }

    static String render() {
        StringBuilder doc = new StringBuilder("""
                # Error codes

                Generated from `core/src/main/java/dev/zhanggui/shared/ErrorCode.java` (a test keeps the
                two equal). Program against the code; the message is for people. The kind fixes the HTTP
                status of a REST answer; GraphQL mutations carry the code in `errors { code }`, top-level
                GraphQL errors in `extensions.errorCode`.

                | kind | HTTP status |
                |---|---|
                | INVALID | 400 (405, 406, 415 for the HTTP-level codes) |
                | UNAUTHENTICATED | 401 |
                | FORBIDDEN | 403 |
                | NOT_FOUND | 404 |
                | CONFLICT | 409 |
                | PRECONDITION_FAILED | 412 |
                | TOO_LARGE | 413 |
                | UNPROCESSABLE | 422 |
                | INTERNAL | 500 |

                | code | kind | meaning |
                |---|---|---|
                """);
        for (ErrorCode code : ErrorCode.values()) {
            doc.append("| `").append(code.name()).append("` | ").append(code.kind()).append(" | ")
                    .append(code.defaultMessage()).append(" |\n");
        }
        return doc.toString();
    }
}
