package dev.zhanggui.catalog;

import java.util.Optional;

/**
 * A partial update of a category: an absent field stays as it is; an empty icon URL removes the
 * icon. {@code newParent} moves the category under another one, {@code toTopLevel} makes it a
 * top-level category; naming both is refused.
 */
public record CategoryChange(Optional<String> name, Optional<String> iconUrl, Optional<Integer> sortOrder,
                             Optional<CategoryId> newParent, boolean toTopLevel) {
    public CategoryChange {
        name = name == null ? Optional.empty() : name;
        iconUrl = iconUrl == null ? Optional.empty() : iconUrl;
        sortOrder = sortOrder == null ? Optional.empty() : sortOrder;
        newParent = newParent == null ? Optional.empty() : newParent;
    }

    public static CategoryChange details(String name, String iconUrl, Integer sortOrder) {
        return new CategoryChange(Optional.ofNullable(name), Optional.ofNullable(iconUrl),
                Optional.ofNullable(sortOrder), Optional.empty(), false);
    }

    public CategoryChange movingUnder(CategoryId parent) {
        return new CategoryChange(name, iconUrl, sortOrder, Optional.of(parent), false);
    }

    public CategoryChange movingToTopLevel() {
        return new CategoryChange(name, iconUrl, sortOrder, Optional.empty(), true);
    }

    public boolean moves() {
        return newParent.isPresent() || toTopLevel;
    }

    CategoryDetails applyTo(CategoryDetails current) {
        return new CategoryDetails(name.orElse(current.name()),
                iconUrl.isPresent() ? iconUrl.filter(s -> !s.isBlank()) : current.iconUrl(),
                sortOrder.orElse(current.sortOrder()));
    }
}
