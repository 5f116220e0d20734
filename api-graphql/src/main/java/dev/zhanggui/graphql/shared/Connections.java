package dev.zhanggui.graphql.shared;

import dev.zhanggui.shared.Page;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/** The parts of a Relay connection made from one page: an edge per item with its cursor, and the page info. */
public final class Connections {
    private Connections() {
    }

    public static <T, N, E> List<E> edges(Page<T> page, Function<T, N> node, BiFunction<String, N, E> edge) {
        List<E> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(edge.apply(page.cursors().get(i), node.apply(page.items().get(i))));
        }
        return edges;
    }

    public static PageInfo pageInfo(Page<?> page) {
        return new PageInfo(page.next().isPresent(), page.cursors().isEmpty() ? null : page.cursors().getLast());
    }
}
