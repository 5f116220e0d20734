package dev.zhanggui.server.docs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The code samples of a Markdown page and how to run them: the fenced {@code sh} blocks that call
 * {@code curl} and the {@code graphql} blocks, in document order, steered by an HTML comment on the line
 * before the fence: {@code <!-- sample: skip -->}, {@code <!-- sample: expect 409 -->},
 * {@code <!-- sample: as customer -->}, {@code <!-- sample: as admin, expect errors -->}. A shell block
 * counts when it calls {@code curl} or a shell function an earlier sample of the page defined (such as a
 * {@code gql} helper); other shell blocks (build commands) are text.
 * All the samples of one page run in one bash process, so a {@code TOKEN=...} in one sample is there for
 * the next; pages are independent.
 */
final class DocSamples {
    private static final Pattern FENCE = Pattern.compile("^```(\\w+)\\s*$");
    private static final Pattern MARKER = Pattern.compile("^<!--\\s*sample:\\s*(.*?)\\s*-->\\s*$");
    private static final Pattern FUNCTION = Pattern.compile("(?m)^\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*\\(\\)\\s*\\{");

    enum Kind { SHELL, GRAPHQL }

    /** One runnable block: where it starts (1-based line of the fence), its text and its marker options. */
    record Sample(String file, int line, Kind kind, String text, String as, Integer expectStatus,
                  boolean expectErrors) {
        String where() {
            return file + ":" + line;
        }
    }

    /** What a page holds: the samples to run and how many blocks were skipped on purpose. */
    record Page(String file, List<Sample> samples, int skipped) {
    }

    /** The outcome of one sample: ok, or the reason and what it printed. */
    record Outcome(Sample sample, boolean ok, String output) {
    }

    private DocSamples() {
    }

    static Page parse(String file, String markdown) {
        List<String> lines = Arrays.asList(markdown.split("\n", -1));
        List<Sample> samples = new ArrayList<>();
        int skipped = 0;
        List<String> functions = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher fence = FENCE.matcher(lines.get(i));
            if (!fence.matches()) {
                continue;
            }
            String lang = fence.group(1).toLowerCase(Locale.ROOT);
            int end = i + 1;
            while (end < lines.size() && !lines.get(end).startsWith("```")) {
                end++;
            }
            String body = String.join("\n", lines.subList(i + 1, Math.min(end, lines.size())));
            String marker = markerBefore(lines, i);
            int fenceLine = i + 1;
            i = end;
            boolean shell = lang.equals("sh") || lang.equals("bash");
            boolean graphql = lang.equals("graphql");
            if (!(shell && callsTheServer(body, functions)) && !graphql) {
                continue;
            }
            List<String> options = marker == null ? List.of()
                    : Arrays.stream(marker.split(",")).map(String::trim).toList();
            if (options.stream().anyMatch(o -> o.startsWith("skip"))) {
                skipped++;
                continue;
            }
            String as = null;
            Integer status = null;
            boolean errors = false;
            for (String option : options) {
                if (option.startsWith("as ")) {
                    as = option.substring(3).trim();
                } else if (option.matches("expect \\d{3}")) {
                    status = Integer.valueOf(option.substring(7));
                } else if (option.equals("expect errors")) {
                    errors = true;
                } else {
                    throw new IllegalArgumentException(file + ":" + fenceLine + ": unknown sample option '" + option + "'");
                }
            }
            Matcher defined = FUNCTION.matcher(body);
            while (defined.find()) {
                functions.add(defined.group(1));
            }
            samples.add(new Sample(file, fenceLine, graphql ? Kind.GRAPHQL : Kind.SHELL, body, as, status, errors));
        }
        return new Page(file, samples, skipped);
    }

    /** A shell block is a sample if it calls curl or a function an earlier sample of the page defined. */
    private static boolean callsTheServer(String body, List<String> functions) {
        return body.contains("curl") || functions.stream().anyMatch(f -> Pattern.compile("\\b" + f + "\\b").matcher(body).find());
    }

    private static String markerBefore(List<String> lines, int fence) {
        for (int j = fence - 1; j >= 0; j--) {
            String line = lines.get(j).trim();
            if (line.isEmpty()) {
                continue;
            }
            Matcher marker = MARKER.matcher(line);
            return marker.matches() ? marker.group(1) : null;
        }
        return null;
    }

    /**
     * Runs a page's samples in one bash process. {@code curl} is a function that adds
     * {@code --fail-with-body} (or, for {@code expect NNN}, checks the last status); graphql samples are
     * POSTed to {@code graphqlUrl} with the token in the environment variable {@code TOKEN_<as>} and
     * fail on any {@code errors} unless marked.
     */
    static List<Outcome> run(Page page, String serverUrl, String keycloakUrl, java.util.Map<String, String> env,
                             Path work) throws IOException, InterruptedException {
        Files.createDirectories(work);
        StringBuilder script = new StringBuilder("""
                set -E -o pipefail
                __failed=0
                trap '__failed=1' ERR
                __hdr="$__WORK/headers"
                curl() {
                  if [ -n "$__EXPECT" ]; then command curl -sS -D "$__hdr" "$@"; else command curl -sS --fail-with-body "$@"; fi
                }
                __gql() {
                  local token="$1" file="$2" mode="$3" auth body resp
                  if [ -n "$token" ]; then auth="Authorization: Bearer $token"; else auth="X-Merchant: demo"; fi
                  body=$(jq -Rs '{query: .}' < "$file")
                  resp=$(command curl -sS --fail-with-body -H "$auth" -H 'Content-Type: application/json' --data "$body" "$__SERVER/graphql") || { echo "$resp"; return 1; }
                  echo "$resp"
                  local count
                  count=$(echo "$resp" | jq '[.. | objects | select(has("errors")) | .errors | select(. != null) | .[]] | length')
                  if [ "$mode" = errors ]; then [ "$count" -gt 0 ]; else [ "$count" -eq 0 ]; fi
                }
                """);
        List<Sample> samples = page.samples();
        for (int n = 0; n < samples.size(); n++) {
            Sample sample = samples.get(n);
            String out = "\"$__WORK/out." + n + "\"";
            script.append("__failed=0; rm -f \"$__hdr\"; __EXPECT=")
                    .append(sample.expectStatus() == null ? "" : sample.expectStatus()).append('\n');
            if (sample.kind() == Kind.SHELL) {
                script.append("{\n").append(rewrite(sample.text(), serverUrl, keycloakUrl)).append("\n} > ")
                        .append(out).append(" 2>&1 < /dev/null\n");
            } else {
                Path query = work.resolve("query." + n + ".graphql");
                Files.writeString(query, sample.text(), StandardCharsets.UTF_8);
                String token = sample.as() == null || sample.as().equals("anonymous") ? "\"\""
                        : "\"$TOKEN_" + sample.as().toUpperCase(Locale.ROOT).replace('-', '_') + "\"";
                script.append("__gql ").append(token).append(" \"").append(query).append("\" ")
                        .append(sample.expectErrors() ? "errors" : "ok").append(" > ").append(out).append(" 2>&1\n");
            }
            if (sample.expectStatus() != null) {
                script.append("grep -q '^HTTP/[0-9.]* ").append(sample.expectStatus())
                        .append(" ' \"$__hdr\" 2>/dev/null || __failed=1\n");
            }
            script.append("echo \"$__failed\" > \"$__WORK/rc.").append(n).append("\"\n");
        }
        Path file = work.resolve("samples.sh");
        Files.writeString(file, script, StandardCharsets.UTF_8);
        ProcessBuilder bash = new ProcessBuilder("bash", file.toString()).redirectErrorStream(true)
                .redirectOutput(work.resolve("bash.log").toFile());
        bash.environment().putAll(env);
        bash.environment().put("__WORK", work.toString());
        bash.environment().put("__SERVER", serverUrl);
        Process process = bash.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(page.file() + ": samples did not finish in 5 minutes");
        }
        List<Outcome> outcomes = new ArrayList<>();
        for (int n = 0; n < samples.size(); n++) {
            Path rc = work.resolve("rc." + n);
            Path out = work.resolve("out." + n);
            String printed = Files.exists(out) ? Files.readString(out) : "";
            boolean ok = Files.exists(rc) && Files.readString(rc).trim().equals("0");
            outcomes.add(new Outcome(samples.get(n), ok, Files.exists(rc) ? printed
                    : "did not run (the page's script stopped): " + Files.readString(work.resolve("bash.log"))));
        }
        return outcomes;
    }

    static String rewrite(String text, String serverUrl, String keycloakUrl) {
        return text.replace("http://localhost:8080", strip(serverUrl)).replace("http://localhost:8180", strip(keycloakUrl));
    }

    private static String strip(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
