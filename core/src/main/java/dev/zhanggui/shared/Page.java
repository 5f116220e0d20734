package dev.zhanggui.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One page of a list: the items, each item's cursor (to resume right after it), and the cursor
 * of the next page if there is one.
 */
public record Page<T>(List<T> items, List<String> cursors, Optional<String> next) {
    public Page {
        items = List.copyOf(items);
        cursors = List.copyOf(cursors);
        if (items.size() != cursors.size()) {
            throw new IllegalArgumentException("one cursor per item");
        }
    }

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in order: the extra row only tells
     * that a next page exists.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, int limit, Function<T, String> position) {
        List<T> items = rows.size() <= limit ? rows : rows.subList(0, limit);
        List<String> cursors = items.stream().map(item -> PageRequest.encodeCursor(position.apply(item))).toList();
        Optional<String> next = rows.size() > limit ? Optional.of(cursors.getLast()) : Optional.empty();
        return new Page<>(items, cursors, next);
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), cursors, next);
    }
}
