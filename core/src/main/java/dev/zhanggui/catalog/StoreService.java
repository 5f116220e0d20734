package dev.zhanggui.catalog;

import dev.zhanggui.shared.Actor;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.IdGenerator;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import dev.zhanggui.shared.Transactions;
import dev.zhanggui.shared.VersionCheck;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The store (门店) use cases: staff keep the store list; anyone finds stores, the nearest first. */
public final class StoreService {
    public static final int MAX_NEAREST = 100;

    private final StoreRepository stores;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public StoreService(StoreRepository stores, Transactions transactions, IdGenerator ids, Clock clock) {
        this.stores = stores;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    public Store create(Actor actor, StoreDetails details) {
        CatalogAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            Store store = Store.open(new StoreId(ids.newId()), actor.merchant(), details, clock.instant());
            stores.add(store);
            return store;
        });
    }

    public Store update(Actor actor, StoreId id, StoreChange change, Optional<Long> expectedVersion) {
        CatalogAccess.requireStaff(actor);
        return transactions.inTransaction(() -> {
            Store store = load(actor, id);
            VersionCheck.require(expectedVersion, store.version());
            store.describe(change.applyTo(store.details()));
            stores.update(store);
            return store;
        });
    }

    public Store get(Actor actor, StoreId id) {
        return transactions.inTransaction(() -> load(actor, id));
    }

    public Page<Store> list(Actor actor, PageRequest page) {
        return transactions.inTransaction(() -> stores.list(actor.merchant(), page));
    }

    /**
     * The stores nearest to a point, nearest first, with their great-circle distance. Computed in
     * Java over all the merchant's stores: a merchant has tens of stores, not thousands, so this
     * is cheaper than maintaining a spatial index. Ties go to the older store.
     */
    public List<NearbyStore> nearest(Actor actor, GeoPoint point, int limit) {
        if (limit < 1 || limit > MAX_NEAREST) {
            throw DomainException.invalidField("limit", ErrorCode.PAGE_LIMIT_INVALID,
                    "limit must be between 1 and " + MAX_NEAREST + ", was " + limit);
        }
        List<Store> all = transactions.inTransaction(() -> stores.all(actor.merchant()));
        return all.stream().map(s -> new NearbyStore(s, s.distanceMetersTo(point)))
                .sorted(Comparator.comparingLong(NearbyStore::distanceMeters)
                        .thenComparing(n -> n.store().id().value()))
                .limit(limit).toList();
    }

    private Store load(Actor actor, StoreId id) {
        return stores.find(actor.merchant(), id)
                .orElseThrow(() -> new DomainException(ErrorCode.STORE_NOT_FOUND, "No store " + id));
    }
}
