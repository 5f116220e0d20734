package dev.zhanggui.catalog.inmemory;

import dev.zhanggui.catalog.Category;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.CategoryRepository;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Categories in memory, kept as copies; products are placed in them with {@link #place}. */
public final class InMemoryCategoryRepository implements CategoryRepository {
    private final Map<CategoryId, Category> categories = new LinkedHashMap<>();
    private final Map<CategoryId, Set<ProductId>> products = new LinkedHashMap<>();

    /** Puts a product into a category, as the products part of the catalog does. */
    public synchronized void place(ProductId product, CategoryId category) {
        products.computeIfAbsent(category, c -> new HashSet<>()).add(product);
    }

    @Override
    public synchronized Optional<Category> find(MerchantId merchant, CategoryId id) {
        return Optional.ofNullable(categories.get(id)).filter(c -> c.merchant().equals(merchant)).map(Category::copy);
    }

    @Override
    public synchronized List<Category> all(MerchantId merchant) {
        return categories.values().stream().filter(c -> c.merchant().equals(merchant)).map(Category::copy).toList();
    }

    @Override
    public synchronized Set<CategoryId> subtree(MerchantId merchant, CategoryId id) {
        Set<CategoryId> found = new LinkedHashSet<>();
        if (find(merchant, id).isEmpty()) {
            return found;
        }
        Deque<CategoryId> todo = new ArrayDeque<>(List.of(id));
        while (!todo.isEmpty()) {
            CategoryId next = todo.pop();
            if (found.add(next)) {
                categories.values().stream().filter(c -> c.parent().filter(next::equals).isPresent())
                        .forEach(c -> todo.push(c.id()));
            }
        }
        return found;
    }

    @Override
    public synchronized boolean hasChildren(MerchantId merchant, CategoryId id) {
        return categories.values().stream()
                .anyMatch(c -> c.merchant().equals(merchant) && c.parent().filter(id::equals).isPresent());
    }

    @Override
    public synchronized boolean hasProducts(MerchantId merchant, CategoryId id) {
        return find(merchant, id).isPresent() && !products.getOrDefault(id, Set.of()).isEmpty();
    }

    @Override
    public void lockTree(MerchantId merchant) {
        // In memory, units of work already run one at a time.
    }

    @Override
    public synchronized void add(Category category) {
        categories.put(category.id(), category.copy());
    }

    @Override
    public synchronized void update(Category category) {
        Category stored = categories.get(category.id());
        if (stored == null || stored.version() != category.version()) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        category.stored(category.version() + 1);
        categories.put(category.id(), category.copy());
    }

    @Override
    public synchronized void remove(Category category) {
        if (hasChildren(category.merchant(), category.id()) || hasProducts(category.merchant(), category.id())) {
            throw new DomainException(ErrorCode.CATEGORY_NOT_EMPTY);
        }
        categories.remove(category.id());
    }
}
