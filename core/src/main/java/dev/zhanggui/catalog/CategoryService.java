package dev.zhanggui.catalog;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The category tree (分类) use cases: staff shape the tree; anyone, shoppers included, reads it.
 * Each method is one unit of work.
 */
public final class CategoryService {
    private final CategoryRepository categories;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public CategoryService(CategoryRepository categories, Transactions transactions, IdGenerator ids, Clock clock) {
        this.categories = categories;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public Category create(Actor actor, NewCategory request) {
        CatalogAccess.requireStaff(actor);
        CategoryDetails details = request.details();
        return transactions.inTransaction(() -> {
            categories.lockTree(actor.merchant());
            request.parent().ifPresent(parent -> requireParent(actor, parent));
            Category category = Category.open(new CategoryId(ids.newId()), actor.merchant(), request.parent(), details,
                    clock.instant());
            categories.add(category);
            return category;
        });
    }

    /** Renames, re-sorts or moves a category; a move under itself or a descendant is a cycle. */
    public Category update(Actor actor, CategoryId id, CategoryChange change, Optional<Long> expectedVersion) {
        CatalogAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            if (change.moves()) {
                categories.lockTree(actor.merchant());
            }
            Category category = load(actor, id);
            VersionCheck.require(expectedVersion, category.version());
            category.describe(change.applyTo(category.details()));
            if (change.moves()) {
                change.newParent().ifPresent(parent -> {
                    if (categories.subtree(actor.merchant(), id).contains(parent)) {
                        throw DomainException.invalidField("parentId", ErrorCode.CATEGORY_CYCLE);
                    }
                    requireParent(actor, parent);
                });
                category.moveUnder(change.newParent());
            }
            categories.update(category);
            return category;
        });
    }

    /** Removes an empty category: one without sub-categories and without products. */
    public void delete(Actor actor, CategoryId id, Optional<Long> expectedVersion) {
        CatalogAccess.requireStaff(actor);
        transactions.run(() -> {
            categories.lockTree(actor.merchant());
            Category category = load(actor, id);
            VersionCheck.require(expectedVersion, category.version());
            if (categories.hasChildren(actor.merchant(), id)) {
                throw new DomainException(ErrorCode.CATEGORY_NOT_EMPTY, "The category still has sub-categories");
            }
            if (categories.hasProducts(actor.merchant(), id)) {
                throw new DomainException(ErrorCode.CATEGORY_NOT_EMPTY, "The category still has products");
            }
            categories.remove(category);
        });
    }

    public Category get(Actor actor, CategoryId id) {
        return transactions.inTransaction(() -> load(actor, id));
    }

    /** The whole tree: top-level categories, each with its sub-categories, by sort order then name. */
    public List<CategoryNode> tree(Actor actor) {
        return transactions.inTransaction(() -> CategoryNode.forest(categories.all(actor.merchant())));
    }

    private void requireParent(Actor actor, CategoryId parent) {
        if (categories.find(actor.merchant(), parent).isEmpty()) {
            throw DomainException.invalidField("parentId", ErrorCode.CATEGORY_NOT_FOUND,
                    "No parent category " + parent);
        }
    }

    private Category load(Actor actor, CategoryId id) {
        return categories.find(actor.merchant(), id)
                .orElseThrow(() -> new DomainException(ErrorCode.CATEGORY_NOT_FOUND, "No category " + id));
    }
}
