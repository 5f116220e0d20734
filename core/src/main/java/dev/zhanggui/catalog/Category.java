package dev.zhanggui.catalog;

import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.time.Instant;
import java.util.Optional;

/**
 * A category (分类) of the merchant's catalog: a node of a tree that shoppers browse. A product
 * may sit in several categories; browsing a category includes its sub-categories.
 */
public final class Category {
    private final CategoryId id;
    private final MerchantId merchant;
    private final Instant createdAt;
    private Optional<CategoryId> parent;
    private CategoryDetails details;
    private long version;

    /** Rebuilds a stored category; used by repositories only. */
    public Category(CategoryId id, MerchantId merchant, Optional<CategoryId> parent, CategoryDetails details,
                    Instant createdAt, long version) {
        this.id = id;
        this.merchant = merchant;
        this.parent = parent;
        this.details = details;
        this.createdAt = createdAt;
        this.version = version;
    }

    public static Category open(CategoryId id, MerchantId merchant, Optional<CategoryId> parent,
                                CategoryDetails details, Instant now) {
        return new Category(id, merchant, parent, details, now, 0);
    }

    public void describe(CategoryDetails newDetails) {
        details = newDetails;
    }

    /** Moves this category under another one, or to the top level; the caller has ruled out cycles. */
    public void moveUnder(Optional<CategoryId> newParent) {
        if (newParent.filter(id::equals).isPresent()) {
            throw DomainException.invalidField("parentId", ErrorCode.CATEGORY_CYCLE);
        }
        parent = newParent;
    }

    public Category copy() {
        return new Category(id, merchant, parent, details, createdAt, version);
    }

    /** Called by a repository after it stored this category with a new version. */
    public void stored(long newVersion) {
        version = newVersion;
    }

    public CategoryId id() {
        return id;
    }

    public MerchantId merchant() {
        return merchant;
    }

    public Optional<CategoryId> parent() {
        return parent;
    }

    public CategoryDetails details() {
        return details;
    }

    public String name() {
        return details.name();
    }

    public Instant createdAt() {
        return createdAt;
    }

    public long version() {
        return version;
    }
}
