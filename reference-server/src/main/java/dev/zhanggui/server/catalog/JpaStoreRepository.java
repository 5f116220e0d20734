package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.GeoPoint;
import dev.zhanggui.catalog.Store;
import dev.zhanggui.catalog.StoreDetails;
import dev.zhanggui.catalog.StoreId;
import dev.zhanggui.catalog.StoreRepository;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores in PostgreSQL; every query is confined to the merchant it is given. */
@ApplicationScoped
public class JpaStoreRepository implements StoreRepository {
    private static final UUID BEFORE_ALL = new UUID(0, 0);

    @Inject
    EntityManager em;

    @Override
    public Optional<Store> find(MerchantId merchant, StoreId id) {
        return entity(merchant, id.value()).map(JpaStoreRepository::toDomain);
    }

    @Override
    public Page<Store> list(MerchantId merchant, PageRequest page) {
        UUID after = page.afterPosition().map(JpaStoreRepository::cursorId).orElse(BEFORE_ALL);
        List<Store> rows = em.createQuery("from StoreEntity where merchantId = :m and id > :after order by id",
                        StoreEntity.class)
                .setParameter("m", merchant.value()).setParameter("after", after).setMaxResults(page.limit() + 1)
                .getResultStream().map(JpaStoreRepository::toDomain).toList();
        return Page.fromOverfetch(rows, page.limit(), s -> s.id().toString());
    }

    @Override
    public List<Store> all(MerchantId merchant) {
        return em.createQuery("from StoreEntity where merchantId = :m order by id", StoreEntity.class)
                .setParameter("m", merchant.value()).getResultStream().map(JpaStoreRepository::toDomain).toList();
    }

    @Override
    public void add(Store store) {
        StoreEntity entity = new StoreEntity();
        entity.id = store.id().value();
        entity.merchantId = store.merchant().value();
        entity.createdAt = store.createdAt();
        copy(store, entity);
        em.persist(entity);
        em.flush();
        store.stored(entity.version);
    }

    @Override
    public void update(Store store) {
        StoreEntity entity = entity(store.merchant(), store.id().value())
                .orElseThrow(() -> new DomainException(ErrorCode.STORE_NOT_FOUND));
        if (entity.version != store.version()) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        copy(store, entity);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        store.stored(entity.version);
    }

    private Optional<StoreEntity> entity(MerchantId merchant, UUID id) {
        return Optional.ofNullable(em.find(StoreEntity.class, id)).filter(e -> e.merchantId.equals(merchant.value()));
    }

    private static UUID cursorId(String position) {
        try {
            return UUID.fromString(position);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalidField("after", ErrorCode.PAGE_CURSOR_INVALID);
        }
    }

    private static void copy(Store store, StoreEntity entity) {
        StoreDetails d = store.details();
        entity.name = d.name();
        entity.address = d.address();
        entity.latitude = d.location().latitude();
        entity.longitude = d.location().longitude();
        entity.openingHours = d.openingHours().orElse(null);
        entity.phone = d.phone().orElse(null);
    }

    static Store toDomain(StoreEntity e) {
        return new Store(new StoreId(e.id), MerchantId.of(e.merchantId), new StoreDetails(e.name, e.address,
                new GeoPoint(e.latitude, e.longitude), Optional.ofNullable(e.openingHours),
                Optional.ofNullable(e.phone)), e.createdAt, e.version);
    }
}
