package dev.zhanggui.catalog;

import dev.zhanggui.shared.MerchantId;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Port: where a merchant's category tree is kept. Every method is confined to one merchant. */
public interface CategoryRepository {
    Optional<Category> find(MerchantId merchant, CategoryId id);

    /** All the merchant's categories, in no particular order. */
    List<Category> all(MerchantId merchant);

    /**
     * The category and all its descendants (for browsing a category with its sub-categories);
     * empty if the merchant has no such category.
     */
    Set<CategoryId> subtree(MerchantId merchant, CategoryId id);

    boolean hasChildren(MerchantId merchant, CategoryId id);

    /** Whether any product sits in this very category (not counting sub-categories). */
    boolean hasProducts(MerchantId merchant, CategoryId id);

    /**
     * Serializes changes of the tree's shape (adding, moving, removing) within one merchant until
     * the unit of work ends, so that two concurrent moves cannot build a cycle together.
     */
    void lockTree(MerchantId merchant);

    void add(Category category);

    /** @throws dev.zhanggui.shared.DomainException {@code VERSION_CONFLICT} if changed meanwhile */
    void update(Category category);

    /** @throws dev.zhanggui.shared.DomainException {@code CATEGORY_NOT_EMPTY} if something still refers to it */
    void remove(Category category);
}
