package dev.zhanggui.catalog.inmemory;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.ProductCategoryCheck;
import dev.zhanggui.shared.MerchantId;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** The categories known to exist, per merchant, for an in-memory catalog. */
public final class InMemoryProductCategoryCheck implements ProductCategoryCheck {
    private final Map<MerchantId, Set<CategoryId>> known = new ConcurrentHashMap<>();

    public void exists(MerchantId merchant, CategoryId category) {
        known.computeIfAbsent(merchant, m -> ConcurrentHashMap.newKeySet()).add(category);
    }

    @Override
    public Set<CategoryId> unknown(MerchantId merchant, Collection<CategoryId> categories) {
        Set<CategoryId> mine = known.getOrDefault(merchant, Set.of());
        return categories.stream().filter(c -> !mine.contains(c)).collect(Collectors.toSet());
    }
}
