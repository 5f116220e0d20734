package dev.zhanggui.catalog;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A category with its sub-categories, as the category tree (分类树) is browsed. */
public record CategoryNode(Category category, List<CategoryNode> children) {
    /** Siblings sort by the merchant's sort order, then by name. */
    public static final Comparator<Category> SIBLING_ORDER = Comparator.comparingInt((Category c) ->
            c.details().sortOrder()).thenComparing(Category::name).thenComparing(c -> c.id().value());

    public CategoryNode {
        children = List.copyOf(children);
    }

    /** The top-level categories with their descendants, every level in sibling order. */
    public static List<CategoryNode> forest(Collection<Category> categories) {
        Map<Optional<CategoryId>, List<Category>> byParent = new HashMap<>();
        categories.forEach(c -> byParent.computeIfAbsent(c.parent(), p -> new ArrayList<>()).add(c));
        return level(byParent, Optional.empty());
    }

    private static List<CategoryNode> level(Map<Optional<CategoryId>, List<Category>> byParent,
                                            Optional<CategoryId> parent) {
        return byParent.getOrDefault(parent, List.of()).stream().sorted(SIBLING_ORDER)
                .map(c -> new CategoryNode(c, level(byParent, Optional.of(c.id())))).toList();
    }
}
