package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.Category;
import dev.zhanggui.catalog.CategoryDetails;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.CategoryRepository;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The category tree in PostgreSQL; every query is confined to the merchant it is given. */
@ApplicationScoped
public class JpaCategoryRepository implements CategoryRepository {
    @Inject
    EntityManager em;

    @Override
    public Optional<Category> find(MerchantId merchant, CategoryId id) {
        return entity(merchant, id.value()).map(JpaCategoryRepository::toDomain);
    }

    @Override
    public List<Category> all(MerchantId merchant) {
        return em.createQuery("from CategoryEntity where merchantId = :m", CategoryEntity.class)
                .setParameter("m", merchant.value()).getResultStream().map(JpaCategoryRepository::toDomain).toList();
    }

    @Override
    public Set<CategoryId> subtree(MerchantId merchant, CategoryId id) {
        @SuppressWarnings("unchecked")
        List<UUID> ids = em.createNativeQuery("""
                        with recursive tree(id) as (
                            select id from category where merchant_id = ?1 and id = ?2
                            union
                            select c.id from category c join tree t on c.parent_id = t.id where c.merchant_id = ?1)
                        select id from tree""", UUID.class)
                .setParameter(1, merchant.value()).setParameter(2, id.value()).getResultList();
        Set<CategoryId> subtree = new LinkedHashSet<>();
        ids.forEach(found -> subtree.add(new CategoryId(found)));
        return subtree;
    }

    @Override
    public boolean hasChildren(MerchantId merchant, CategoryId id) {
        return exists("select exists (select 1 from category where merchant_id = ?1 and parent_id = ?2)", merchant, id);
    }

    @Override
    public boolean hasProducts(MerchantId merchant, CategoryId id) {
        return exists("select exists (select 1 from product_category where merchant_id = ?1 and category_id = ?2)",
                merchant, id);
    }

    /** A transaction-scoped advisory lock per merchant: cheap, and it blocks no other table. */
    @Override
    public void lockTree(MerchantId merchant) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                .setParameter(1, "category-tree:" + merchant.value()).getSingleResult();
    }

    @Override
    public void add(Category category) {
        CategoryEntity entity = new CategoryEntity();
        entity.id = category.id().value();
        entity.merchantId = category.merchant().value();
        entity.createdAt = category.createdAt();
        copy(category, entity);
        em.persist(entity);
        em.flush();
        category.stored(entity.version);
    }

    @Override
    public void update(Category category) {
        CategoryEntity entity = entity(category.merchant(), category.id().value())
                .orElseThrow(() -> new DomainException(ErrorCode.CATEGORY_NOT_FOUND));
        if (entity.version != category.version()) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        copy(category, entity);
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        category.stored(entity.version);
    }

    @Override
    public void remove(Category category) {
        CategoryEntity entity = entity(category.merchant(), category.id().value())
                .orElseThrow(() -> new DomainException(ErrorCode.CATEGORY_NOT_FOUND));
        try {
            em.remove(entity);
            em.flush();
        } catch (PersistenceException e) {
            // A product or sub-category was added to it by a concurrent request: the foreign keys refuse.
            throw new DomainException(ErrorCode.CATEGORY_NOT_EMPTY);
        }
    }

    private boolean exists(String sql, MerchantId merchant, CategoryId id) {
        return (Boolean) em.createNativeQuery(sql).setParameter(1, merchant.value()).setParameter(2, id.value())
                .getSingleResult();
    }

    private Optional<CategoryEntity> entity(MerchantId merchant, UUID id) {
        return Optional.ofNullable(em.find(CategoryEntity.class, id)).filter(e -> e.merchantId.equals(merchant.value()));
    }

    private static void copy(Category category, CategoryEntity entity) {
        entity.parentId = category.parent().map(CategoryId::value).orElse(null);
        entity.name = category.name();
        entity.iconUrl = category.details().iconUrl().orElse(null);
        entity.sortOrder = category.details().sortOrder();
    }

    static Category toDomain(CategoryEntity e) {
        return new Category(new CategoryId(e.id), MerchantId.of(e.merchantId),
                Optional.ofNullable(e.parentId).map(CategoryId::new),
                new CategoryDetails(e.name, Optional.ofNullable(e.iconUrl), e.sortOrder), e.createdAt, e.version);
    }
}
