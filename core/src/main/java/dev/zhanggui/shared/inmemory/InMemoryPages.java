package dev.zhanggui.shared.inmemory;

import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Keyset pages of items held in memory, the way the database adapters page them: each item has a
 * position text that sorts as text in list order (the canonical text of a time-ordered id sorts
 * as PostgreSQL sorts the uuid; a number goes zero-padded before an id), and a page is the items
 * after the cursor's position. Nothing is skipped or seen twice
 * when items come or go between two pages.
 */
public final class InMemoryPages {
    private InMemoryPages() {
    }

    /** Smallest position first, e.g. levels by points requirement. */
    public static <T> Page<T> ascending(Stream<T> items, Function<T, String> position, PageRequest page) {
        return page(items, position, Comparator.naturalOrder(), page);
    }

    /** Largest position first, e.g. newest first by time-ordered id. */
    public static <T> Page<T> descending(Stream<T> items, Function<T, String> position, PageRequest page) {
        return page(items, position, Comparator.reverseOrder(), page);
    }

    private static <T> Page<T> page(Stream<T> items, Function<T, String> position, Comparator<String> order,
                                    PageRequest page) {
        Optional<String> after = page.afterPosition();
        List<T> rows = items
                .filter(item -> after.map(a -> order.compare(position.apply(item), a) > 0).orElse(true))
                .sorted(Comparator.comparing(position, order))
                .limit(page.limit() + 1L).toList();
        return Page.fromOverfetch(rows, page.limit(), position);
    }
}
