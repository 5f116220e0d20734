package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.Category;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.CategoryNode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

/** A category (分类) as the REST API shows it; in the tree, with its sub-categories. */
@Schema(name = "Category")
public record CategoryView(
        String id,
        @Schema(nullable = true, description = "The parent category; absent at the top level") String parentId,
        String name,
        @Schema(nullable = true) String iconUrl,
        @Schema(description = "Smaller first among siblings; ties by name") int sortOrder,
        Instant createdAt,
        @Schema(description = "Optimistic-concurrency version; also the ETag") long version,
        @Schema(nullable = true, description = "Sub-categories, in the tree only") List<CategoryView> children) {

    static CategoryView of(Category c) {
        return of(c, null);
    }

    static CategoryView of(CategoryNode node) {
        return of(node.category(), node.children().stream().map(CategoryView::of).toList());
    }

    private static CategoryView of(Category c, List<CategoryView> children) {
        return new CategoryView(c.id().toString(), c.parent().map(CategoryId::toString).orElse(null), c.name(),
                c.details().iconUrl().orElse(null), c.details().sortOrder(), c.createdAt(), c.version(), children);
    }
}
