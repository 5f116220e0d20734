package dev.zhanggui.catalog;

import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;

import java.util.List;
import java.util.Optional;

/** Port: where a merchant's stores are kept. Every method is confined to one merchant. */
public interface StoreRepository {
    Optional<Store> find(MerchantId merchant, StoreId id);

    /** Stores in the order they were opened, after the cursor. */
    Page<Store> list(MerchantId merchant, PageRequest page);

    /** All the merchant's stores; merchants have few (tens, not thousands). */
    List<Store> all(MerchantId merchant);

    void add(Store store);

    /** @throws dev.zhanggui.shared.DomainException {@code VERSION_CONFLICT} if changed meanwhile */
    void update(Store store);
}
