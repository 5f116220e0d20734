package dev.zhanggui.rest.shared;

import dev.zhanggui.shared.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a list: the items and the cursor to pass as {@code after} for the next page. */
public record ListResponse<T>(
        List<T> items,
        @Schema(description = "Cursor of the next page; absent on the last page", nullable = true) String next) {

    public static <D, T> ListResponse<T> of(Page<D> page, Function<D, T> mapper) {
        return new ListResponse<>(page.items().stream().map(mapper).toList(), page.next().orElse(null));
    }
}
