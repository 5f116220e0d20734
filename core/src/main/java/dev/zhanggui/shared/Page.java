package dev.zhanggui.shared;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** One page of a list and the cursor of the next page, if there is one. */
public record Page<T>(List<T> items, Optional<String> next) {
    public Page {
        items = List.copyOf(items);
    }

    /**
     * Builds a page from up to {@code limit + 1} rows fetched in order: the extra row only tells
     * that a next page exists.
     */
    public static <T> Page<T> fromOverfetch(List<T> rows, int limit, Function<T, String> position) {
        if (rows.size() <= limit) {
            return new Page<>(rows, Optional.empty());
        }
        List<T> items = rows.subList(0, limit);
        return new Page<>(items, Optional.of(PageRequest.encodeCursor(position.apply(items.get(limit - 1)))));
    }

    public <R> Page<R> map(Function<T, R> mapper) {
        return new Page<>(items.stream().map(mapper).toList(), next);
    }
}
