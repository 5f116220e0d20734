package dev.zhanggui.catalog.inmemory;

import dev.zhanggui.catalog.Store;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.catalog.StoreRepository;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Stores in memory, kept as copies; ids are time-ordered, so insertion order is list order. */
public final class InMemoryStoreRepository implements StoreRepository {
    private final Map<StoreId, Store> stores = new LinkedHashMap<>();

    @Override
    public synchronized Optional<Store> find(MerchantId merchant, StoreId id) {
        return Optional.ofNullable(stores.get(id)).filter(s -> s.merchant().equals(merchant)).map(Store::copy);
    }

    @Override
    public synchronized Page<Store> list(MerchantId merchant, PageRequest page) {
        Optional<String> after = page.afterPosition();
        List<Store> rows = all(merchant).stream()
                .filter(s -> after.map(a -> s.id().toString().compareTo(a) > 0).orElse(true))
                .limit(page.limit() + 1L).toList();
        return Page.fromOverfetch(rows, page.limit(), s -> s.id().toString());
    }

    @Override
    public synchronized List<Store> all(MerchantId merchant) {
        return stores.values().stream().filter(s -> s.merchant().equals(merchant)).map(Store::copy).toList();
    }

    @Override
    public synchronized void add(Store store) {
        stores.put(store.id(), store.copy());
    }

    @Override
    public synchronized void update(Store store) {
        Store stored = stores.get(store.id());
        if (stored == null || stored.version() != store.version()) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        store.stored(store.version() + 1);
        stores.put(store.id(), store.copy());
    }
}
