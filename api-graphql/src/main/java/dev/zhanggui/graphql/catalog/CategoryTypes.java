package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.Category;
import dev.zhanggui.catalog.CategoryChange;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.NewCategory;
import dev.zhanggui.graphql.shared.Payload;
import dev.zhanggui.graphql.shared.UserError;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The GraphQL types, inputs and payloads of the category tree (分类). */
public final class CategoryTypes {
    private CategoryTypes() {
    }

    @Type("Category")
    @Description("A category (分类) of the catalog with its sub-categories, by sort order then name")
    public record CategoryNode(@NonNull @Id String id, @Id String parentId, @NonNull String name, String iconUrl,
                               @NonNull int sortOrder, @NonNull Instant createdAt,
                               @NonNull @Description("Pass as expectedVersion to guard an update") int version,
                               @NonNull List<@NonNull CategoryNode> children) {
        static CategoryNode of(dev.zhanggui.catalog.CategoryNode node) {
            return of(node.category(), node.children().stream().map(CategoryNode::of).toList());
        }

        static CategoryNode of(Category c, List<CategoryNode> children) {
            return new CategoryNode(c.id().toString(), c.parent().map(CategoryId::toString).orElse(null), c.name(),
                    c.details().iconUrl().orElse(null), c.details().sortOrder(), c.createdAt(),
                    Math.toIntExact(c.version()), children);
        }
    }

    @Type("CategoryPayload")
    public record CategoryPayload(CategoryNode category, @NonNull List<@NonNull UserError> errors) implements Payload {
        static CategoryPayload of(Category category) {
            return new CategoryPayload(CategoryNode.of(category, List.of()), List.of());
        }

        static CategoryPayload refused(List<UserError> errors) {
            return new CategoryPayload(null, errors);
        }
    }

    @Type("DeleteCategoryPayload")
    public record DeleteCategoryPayload(@Id String deletedId, @NonNull List<@NonNull UserError> errors)
            implements Payload {
        static DeleteCategoryPayload refused(List<UserError> errors) {
            return new DeleteCategoryPayload(null, errors);
        }
    }

    @Input("NewCategoryInput")
    public record NewCategoryInput(@Id @Description("Absent for a top-level category") String parentId,
                                   @NonNull String name, String iconUrl, Integer sortOrder) {
        NewCategory toNewCategory() {
            return new NewCategory(Optional.ofNullable(parentId).map(CategoryId::parse), name,
                    Optional.ofNullable(iconUrl), sortOrder == null ? 0 : sortOrder);
        }
    }

    @Input("CategoryPatchInput")
    @Description("A partial update: absent fields stay; an empty iconUrl removes the icon")
    public record CategoryPatchInput(String name, String iconUrl, Integer sortOrder,
                                     @Id @Description("Move under this category") String parentId,
                                     @Description("true moves the category to the top level") Boolean moveToTopLevel) {
        CategoryChange toChange() {
            CategoryChange change = CategoryChange.details(name, iconUrl, sortOrder);
            if (parentId != null) {
                return change.movingUnder(CategoryId.parse(parentId));
            }
            return Boolean.TRUE.equals(moveToTopLevel) ? change.movingToTopLevel() : change;
        }
    }
}
