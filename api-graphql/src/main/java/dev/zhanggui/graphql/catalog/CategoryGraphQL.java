package dev.zhanggui.graphql.catalog;

import dev.zhanggui.catalog.Category;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.CategoryService;
import dev.zhanggui.graphql.catalog.CategoryTypes.CategoryNode;
import dev.zhanggui.graphql.catalog.CategoryTypes.CategoryPatchInput;
import dev.zhanggui.graphql.catalog.CategoryTypes.CategoryPayload;
import dev.zhanggui.graphql.catalog.CategoryTypes.DeleteCategoryPayload;
import dev.zhanggui.graphql.catalog.CategoryTypes.NewCategoryInput;
import dev.zhanggui.graphql.shared.Mutations;
import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.Roles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/** The category tree (分类) over GraphQL: anyone browses it; staff shape it. */
@GraphQLApi
public class CategoryGraphQL {
    @Inject
    CategoryService categories;
    @Inject
    Provider<Actor> actor;
    @Inject
    Mutations mutations;

    @Query("categories")
    @Description("The top-level categories with their sub-categories (children), by sort order then name")
    @PermitAll
    public @NonNull List<@NonNull CategoryNode> categories() {
        return categories.tree(actor.get()).stream().map(CategoryNode::of).toList();
    }

    @Query("category")
    @Description("One category with its sub-categories, or null")
    @PermitAll
    public CategoryNode category(@NonNull @Id @Name("id") String id) {
        CategoryId wanted;
        try {
            wanted = CategoryId.parse(id);
        } catch (DomainException e) {
            return null;
        }
        Deque<dev.zhanggui.catalog.CategoryNode> todo = new ArrayDeque<>(categories.tree(actor.get()));
        while (!todo.isEmpty()) {
            dev.zhanggui.catalog.CategoryNode node = todo.pop();
            if (node.category().id().equals(wanted)) {
                return CategoryNode.of(node);
            }
            todo.addAll(node.children());
        }
        return null;
    }

    @Mutation("createCategory")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CategoryPayload createCategory(@NonNull @Name("input") NewCategoryInput input,
                                                   @Name("idempotencyKey") String idempotencyKey) {
        return categoryMutation("createCategory", idempotencyKey, input,
                () -> categories.create(actor.get(), input.toNewCategory()));
    }

    @Mutation("updateCategory")
    @Description("Rename, re-sort or move a category; CATEGORY_CYCLE when moved under its own subtree")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull CategoryPayload updateCategory(@NonNull @Id @Name("id") String id,
                                                   @NonNull @Name("input") CategoryPatchInput input,
                                                   @Name("expectedVersion") Integer expectedVersion,
                                                   @Name("idempotencyKey") String idempotencyKey) {
        return categoryMutation("updateCategory", idempotencyKey, Arrays.asList(id, input, expectedVersion),
                () -> categories.update(actor.get(), CategoryId.parse(id), input.toChange(), version(expectedVersion)));
    }

    @Mutation("deleteCategory")
    @Description("Delete an empty category; CATEGORY_NOT_EMPTY if it has sub-categories or products")
    @RolesAllowed({Roles.MERCHANT_ADMIN, Roles.MERCHANT_STAFF, Roles.INTEGRATION})
    public @NonNull DeleteCategoryPayload deleteCategory(@NonNull @Id @Name("id") String id,
                                                         @Name("expectedVersion") Integer expectedVersion,
                                                         @Name("idempotencyKey") String idempotencyKey) {
        return mutations.run("deleteCategory", idempotencyKey, Arrays.asList(id, expectedVersion),
                DeleteCategoryPayload.class, () -> {
                    categories.delete(actor.get(), CategoryId.parse(id), version(expectedVersion));
                    return new DeleteCategoryPayload(id, List.of());
                }, DeleteCategoryPayload::refused);
    }

    private CategoryPayload categoryMutation(String operation, String idempotencyKey, Object input,
                                             Supplier<Category> work) {
        return mutations.run(operation, idempotencyKey, input, CategoryPayload.class,
                () -> CategoryPayload.of(work.get()), CategoryPayload::refused);
    }

    static Optional<Long> version(Integer expected) {
        return Optional.ofNullable(expected).map(Integer::longValue);
    }
}
