package dev.zhanggui.catalog;

import java.util.Optional;

/** A category to create: where it goes in the tree (top level without a parent) and its details. */
public record NewCategory(Optional<CategoryId> parent, String name, Optional<String> iconUrl, int sortOrder) {
    public NewCategory {
        parent = parent == null ? Optional.empty() : parent;
        iconUrl = iconUrl == null ? Optional.empty() : iconUrl;
    }

    CategoryDetails details() {
        return new CategoryDetails(name, iconUrl, sortOrder);
    }
}
