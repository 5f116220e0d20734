package dev.zhanggui.rest.catalog;

import dev.zhanggui.catalog.CategoryChange;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.NewCategory;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Optional;

/** The request bodies of the category endpoints. */
public final class CategoryInputs {
    private CategoryInputs() {
    }

    @Schema(name = "NewCategoryInput")
    public record NewCategoryInput(@Schema(nullable = true, description = "Absent for a top-level category") String parentId,
                                   @Schema(required = true, example = "零食") String name,
                                   @Schema(nullable = true) String iconUrl,
                                   @Schema(nullable = true, description = "Default 0") Integer sortOrder) {
        NewCategory toNewCategory() {
            return new NewCategory(Optional.ofNullable(parentId).map(CategoryId::parse), name,
                    Optional.ofNullable(iconUrl), sortOrder == null ? 0 : sortOrder);
        }
    }

    /** A partial update: absent fields stay; an empty iconUrl removes the icon. */
    @Schema(name = "CategoryPatch")
    public record CategoryPatch(@Schema(nullable = true) String name, @Schema(nullable = true) String iconUrl,
                                @Schema(nullable = true) Integer sortOrder,
                                @Schema(nullable = true, description = "Move under this category") String parentId,
                                @Schema(nullable = true, description = "true moves the category to the top level")
                                Boolean moveToTopLevel) {
        CategoryChange toChange() {
            CategoryChange change = CategoryChange.details(name, iconUrl, sortOrder);
            if (parentId != null) {
                return change.movingUnder(CategoryId.parse(parentId));
            }
            return Boolean.TRUE.equals(moveToTopLevel) ? change.movingToTopLevel() : change;
        }
    }
}
