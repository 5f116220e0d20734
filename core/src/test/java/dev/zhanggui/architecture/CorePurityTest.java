package dev.zhanggui.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Keeps core pure: its main code may use the JDK ({@code java.*}) and itself ({@code dev.zhanggui.*})
 * and nothing else, so that any application can embed the domain without dragging in a framework.
 *
 * <p>It reads the sources rather than the class files so that a violation is reported as
 * file:line, and so that a fully qualified name in code (which needs no import) is caught too.
 */
class CorePurityTest {

    private static final List<String> ALLOWED_IMPORTS = List.of("java.", "dev.zhanggui.");

    /** Packages that must not appear in core's code even without an import. */
    private static final Pattern FORBIDDEN_NAME = Pattern.compile(
            "(?<![\\w.])(jakarta|javax|io\\.quarkus|org\\.hibernate|io\\.smallrye|com\\.fasterxml"
                    + "|org\\.eclipse\\.microprofile|io\\.vertx|org\\.jboss|org\\.slf4j|org\\.apache)\\.[\\w.]*");

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+)?([\\w.*]+)\\s*;");

    @Test
    void main_code_imports_and_names_only_the_jdk_and_core() throws IOException {
        Path root = moduleDir().resolve("src/main/java");
        List<Path> sources;
        try (Stream<Path> files = Files.walk(root)) {
            sources = files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        assertThat(sources).as("Java sources under %s", root.toAbsolutePath()).isNotEmpty();

        List<String> offences = new ArrayList<>();
        for (Path source : sources) {
            String file = moduleDir().relativize(source).toString();
            offences.addAll(offences(file, Files.readString(source, StandardCharsets.UTF_8)));
        }
        assertThat(offences)
                .withFailMessage("core main code must depend on the JDK only (java.*, dev.zhanggui.*); offending lines:%n  %s",
                        String.join("\n  ", offences))
                .isEmpty();
    }

    /** The check must bite: a source with each kind of offence is reported line by line. */
    @Test
    void the_scan_reports_bad_imports_and_qualified_names_but_not_comments_or_strings() {
        String source = """
                package dev.zhanggui.shared;
                import java.util.List;
                import static java.util.Objects.requireNonNull;
                import jakarta.persistence.Entity;
                import static org.assertj.core.api.Assertions.*;
                // import io.quarkus.runtime.Startup; a comment is not a dependency
                /* io.vertx.core.Vertx in a block comment
                   import com.fasterxml.jackson.Foo; */
                class Scratch {
                    String s = "see io.quarkus.Startup // not a comment";
                    Object o = new com.fasterxml.jackson.databind.ObjectMapper();
                    char c = '"'; javax.sql.DataSource ds;
                    String block = \"""
                        org.hibernate.Session is only text here
                        \""";
                    dev.zhanggui.shared.Money m; java.math.BigDecimal b;
                }
                """;
        assertThat(offences("Scratch.java", source)).containsExactly(
                "Scratch.java:4: import jakarta.persistence.Entity",
                "Scratch.java:5: import org.assertj.core.api.Assertions.*",
                "Scratch.java:11: com.fasterxml.jackson.databind.ObjectMapper",
                "Scratch.java:12: javax.sql.DataSource");
    }

    /** A dependency in compile or runtime scope would put a library on the core jar's classpath. */
    @Test
    void core_pom_declares_only_test_scoped_dependencies() throws Exception {
        List<String> nonTest = new ArrayList<>(nonTestDependencies(moduleDir().resolve("pom.xml")));
        // the parent's own <dependencies> (not its dependencyManagement) are inherited by core
        Path parentPom = moduleDir().resolve("../pom.xml");
        if (Files.exists(parentPom)) {
            nonTest.addAll(nonTestDependencies(parentPom));
        }
        assertThat(nonTest).as("dependencies of core that are not test-scoped").isEmpty();
    }

    static List<String> offences(String file, String source) {
        List<String> result = new ArrayList<>();
        String[] lines = codeOnly(source).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher imp = IMPORT.matcher(line);
            if (imp.find()) {
                String name = imp.group(1);
                if (ALLOWED_IMPORTS.stream().noneMatch(name::startsWith)) {
                    result.add("%s:%d: import %s".formatted(file, i + 1, name));
                }
                continue;
            }
            Matcher forbidden = FORBIDDEN_NAME.matcher(line);
            while (forbidden.find()) {
                result.add("%s:%d: %s".formatted(file, i + 1, forbidden.group()));
            }
        }
        return result;
    }

    /**
     * The source with comments and string, text-block and char literals blanked out, line breaks
     * kept so that line numbers still match: only code can create a dependency.
     */
    static String codeOnly(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            int end;
            if (source.startsWith("//", i)) {
                end = source.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (source.startsWith("/*", i)) {
                end = source.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
            } else if (source.startsWith("\"\"\"", i)) {
                end = source.indexOf("\"\"\"", literalEnd(source, i + 3, '\0'));
                end = end < 0 ? n : end + 3;
            } else if (c == '"' || c == '\'') {
                end = literalEnd(source, i + 1, c);
            } else {
                out.append(c);
                i++;
                continue;
            }
            for (int j = i; j < end; j++) {
                out.append(source.charAt(j) == '\n' ? '\n' : ' ');
            }
            i = end;
        }
        return out.toString();
    }

    /** The index just past the closing quote, skipping escapes; for text blocks, where to look for the end. */
    private static int literalEnd(String source, int from, char quote) {
        int j = from;
        while (j < source.length()) {
            char c = source.charAt(j);
            if (c == '\\') {
                j += 2;
                continue;
            }
            if (quote == '\0') {
                // text block: an escaped quote was skipped above; the next unescaped """ ends it
                if (source.startsWith("\"\"\"", j)) {
                    return j;
                }
            } else if (c == quote || c == '\n') {
                return j + 1;
            }
            j++;
        }
        return source.length();
    }

    private static List<String> nonTestDependencies(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(pom.toFile());
        List<String> result = new ArrayList<>();
        for (Element dependencies : children(doc.getDocumentElement(), "dependencies")) {
            for (Element dependency : children(dependencies, "dependency")) {
                String scope = text(dependency, "scope");
                if (!"test".equals(scope)) {
                    result.add("%s: %s:%s (scope %s)".formatted(pom.normalize(),
                            text(dependency, "groupId"), text(dependency, "artifactId"),
                            scope == null ? "compile" : scope));
                }
            }
        }
        return result;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> result = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && name.equals(element.getTagName())) {
                result.add(element);
            }
        }
        return result;
    }

    private static String text(Element parent, String name) {
        List<Element> found = children(parent, name);
        return found.isEmpty() ? null : found.getFirst().getTextContent().strip();
    }

    /** Maven runs tests in the module directory; an IDE may run them from the project root. */
    private static Path moduleDir() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("src/main/java/dev/zhanggui")) ? here : here.resolve("core");
    }
}
