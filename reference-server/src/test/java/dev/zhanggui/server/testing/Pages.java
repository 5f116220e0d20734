package dev.zhanggui.server.testing;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import static dev.zhanggui.server.testing.Api.problem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks a list page by page as a client does, following {@code next} (REST) or
 * {@code pageInfo.endCursor} (GraphQL), and checks how lists refuse bad page parameters. Tests
 * share one database, so a walk may stop once it has seen what the test made.
 */
public final class Pages {
    private static final int MAX_PAGES = 60;

    private Pages() {
    }

    /** The items of each page walked, and whether the walk reached the last page. */
    public record Walk(List<List<Map<String, Object>>> pages, boolean reachedEnd) {
        public List<Map<String, Object>> items() {
            return pages.stream().flatMap(List::stream).toList();
        }

        public List<String> values(String field) {
            return items().stream().map(item -> String.valueOf(item.get(field))).toList();
        }

        public List<Integer> sizes() {
            return pages.stream().map(List::size).toList();
        }
    }

    /** Walks a REST list from its first page until {@code enough} holds for the items seen, or to its end. */
    public static Walk rest(Supplier<RequestSpecification> caller, String path, int limit,
                            Predicate<List<Map<String, Object>>> enough) {
        List<List<Map<String, Object>>> pages = new ArrayList<>();
        List<Map<String, Object>> seen = new ArrayList<>();
        String after = null;
        do {
            RequestSpecification request = caller.get().queryParam("limit", limit);
            if (after != null) {
                request.queryParam("after", after);
            }
            JsonPath page = request.when().get(path).then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            assertThat(items).as("a page of %s", path).hasSizeLessThanOrEqualTo(limit);
            pages.add(items);
            seen.addAll(items);
            after = page.getString("next");
        } while (after != null && !enough.test(seen) && pages.size() < MAX_PAGES);
        return new Walk(pages, after == null);
    }

    public static Walk rest(Supplier<RequestSpecification> caller, String path, int limit) {
        return rest(caller, path, limit, items -> false);
    }

    /**
     * Walks a GraphQL connection: {@code document} takes {@code $first} and {@code $after} (and the
     * given variables) and selects {@code edges { cursor node { ... } } pageInfo { hasNextPage endCursor }}
     * of the connection at {@code connection}, e.g. {@code data.priceLists}.
     */
    public static Walk graphQL(GraphQLClient client, String document, Map<String, Object> variables,
                               String connection, int first, Predicate<List<Map<String, Object>>> enough) {
        List<List<Map<String, Object>>> pages = new ArrayList<>();
        List<Map<String, Object>> seen = new ArrayList<>();
        String after = null;
        boolean more;
        do {
            Map<String, Object> vars = new HashMap<>(variables);
            vars.put("first", first);
            vars.put("after", after);
            JsonPath page = client.query(document, vars);
            assertThat(page.getList("errors")).as("errors of %s", page.prettify()).isNullOrEmpty();
            List<Map<String, Object>> nodes = page.getList(connection + ".edges.node");
            List<String> cursors = page.getList(connection + ".edges.cursor", String.class);
            assertThat(nodes).hasSizeLessThanOrEqualTo(first);
            more = page.getBoolean(connection + ".pageInfo.hasNextPage");
            after = page.getString(connection + ".pageInfo.endCursor");
            if (!cursors.isEmpty()) {
                assertThat(after).isEqualTo(cursors.getLast());
            }
            pages.add(nodes);
            seen.addAll(nodes);
        } while (more && !enough.test(seen) && pages.size() < MAX_PAGES);
        return new Walk(pages, !more);
    }

    public static Predicate<List<Map<String, Object>>> seenAll(String field, List<String> wanted) {
        return items -> items.stream().map(i -> String.valueOf(i.get(field))).toList().containsAll(wanted);
    }

    /**
     * The walk saw each item once, ids descending (time-ordered ids: newest first), full pages but
     * the last, and the created items among them, newest first.
     */
    public static void assertNewestFirst(Walk walk, List<String> created, int limit) {
        assertThat(walk.sizes().subList(0, walk.sizes().size() - 1)).allMatch(size -> size == limit);
        assertThat(walk.values("id")).doesNotHaveDuplicates()
                .isSortedAccordingTo(Comparator.reverseOrder())
                .containsSubsequence(created.reversed());
    }

    /** A REST list refuses a page size outside 1-100 and a cursor it did not hand out, with 400. */
    public static void refusesBadPageParameters(Supplier<RequestSpecification> caller, String path) {
        for (String limit : List.of("0", "101", "abc")) {
            caller.get().queryParam("limit", limit).when().get(path).then().spec(problem(400, "PAGE_LIMIT_INVALID"));
        }
        // not Base64; "hello"; "019a-not-a-uuid|x"
        for (String cursor : List.of("%%%not-base64", "aGVsbG8", "MDE5YS1ub3QtYS11dWlkfHg")) {
            caller.get().queryParam("after", cursor).when().get(path).then().spec(problem(400, "PAGE_CURSOR_INVALID"));
        }
    }

    /** A GraphQL list refuses the same with a top-level error carrying the code, and no data. */
    public static void refusesBadPageArguments(GraphQLClient client, String document, Map<String, Object> variables) {
        for (int first : List.of(0, 101)) {
            Map<String, Object> vars = new HashMap<>(variables);
            vars.put("first", first);
            JsonPath answer = client.query(document, vars);
            assertThat(answer.getString("errors[0].extensions.errorCode")).isEqualTo("PAGE_LIMIT_INVALID");
            assertThat(answer.getString("data")).isNull();
        }
        for (String cursor : List.of("%%%not-base64", "aGVsbG8", "MDE5YS1ub3QtYS11dWlkfHg")) {
            Map<String, Object> vars = new HashMap<>(variables);
            vars.put("first", 2);
            vars.put("after", cursor);
            JsonPath answer = client.query(document, vars);
            assertThat(answer.getString("errors[0].extensions.errorCode")).isEqualTo("PAGE_CURSOR_INVALID");
        }
    }
}
