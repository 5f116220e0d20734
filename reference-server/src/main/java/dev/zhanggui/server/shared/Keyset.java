package dev.zhanggui.server.shared;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * The order of a list and the position a page cursor names in it, for keyset (seek) pages: the
 * columns to order by, all in one direction, the last of them unique (an id as the tie-breaker).
 * The next page is read with {@code where (a, b) > (?, ?) order by a, b limit n + 1}, which an
 * index on the columns serves without reading the rows before, as OFFSET would. A position is the
 * key values joined by {@code |}; a cursor whose position does not parse is PAGE_CURSOR_INVALID.
 */
public final class Keyset<T> {
    /** One ordering column: how to read its value from an item and how to parse it back from a cursor. */
    public record Key<T>(String column, Function<T, String> text, Function<String, Object> parse) {
    }

    private final List<Key<T>> keys;
    private final boolean descending;

    private Keyset(List<Key<T>> keys, boolean descending) {
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a keyset needs a key");
        }
        this.keys = List.copyOf(keys);
        this.descending = descending;
    }

    @SafeVarargs
    public static <T> Keyset<T> ascending(Key<T>... keys) {
        return new Keyset<>(List.of(keys), false);
    }

    @SafeVarargs
    public static <T> Keyset<T> descending(Key<T>... keys) {
        return new Keyset<>(List.of(keys), true);
    }

    /** Newest first by a time-ordered id. */
    public static <T> Keyset<T> newestFirst(String idColumn, Function<T, UUID> id) {
        return descending(uuid(idColumn, id));
    }

    public static <T> Key<T> uuid(String column, Function<T, UUID> value) {
        return new Key<>(column, item -> value.apply(item).toString(), UUID::fromString);
    }

    public static <T> Key<T> number(String column, ToLongFunction<T> value) {
        return new Key<>(column, item -> Long.toString(value.applyAsLong(item)), Long::valueOf);
    }

    /** A text column; a cursor's text must be well formed (e.g. a stored coupon code). */
    public static <T> Key<T> text(String column, Function<T, String> value, Predicate<String> wellFormed) {
        return new Key<>(column, value, s -> {
            if (!wellFormed.test(s)) {
                throw new IllegalArgumentException("not a stored value");
            }
            return s;
        });
    }

    /** The condition that keeps the rows after a position, e.g. {@code (points_requirement, id) > (?, ?)}. */
    String after() {
        String columns = keys.stream().map(Key::column).collect(Collectors.joining(", ", "(", ")"));
        String marks = keys.stream().map(k -> "?").collect(Collectors.joining(", ", "(", ")"));
        return columns + (descending ? " < " : " > ") + marks;
    }

    String orderBy() {
        String direction = descending ? " desc" : "";
        return keys.stream().map(k -> k.column() + direction).collect(Collectors.joining(", "));
    }

    /** The key values of a cursor's position, refused with PAGE_CURSOR_INVALID if it was not one we handed out. */
    List<Object> values(String position) {
        String[] parts = keys.size() == 1 ? new String[]{position} : position.split("\\|", -1);
        if (parts.length != keys.size()) {
            throw invalidCursor();
        }
        List<Object> values = new ArrayList<>(parts.length);
        for (int i = 0; i < parts.length; i++) {
            try {
                values.add(keys.get(i).parse().apply(parts[i]));
            } catch (RuntimeException e) {
                throw invalidCursor();
            }
        }
        return values;
    }

    String position(T item) {
        return keys.stream().map(k -> k.text().apply(item)).collect(Collectors.joining("|"));
    }

    private static DomainException invalidCursor() {
        return DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
    }
}
