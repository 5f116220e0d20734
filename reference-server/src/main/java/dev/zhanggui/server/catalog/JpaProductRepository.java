package dev.zhanggui.server.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.Product;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.catalog.ProductQuery;
import dev.zhanggui.catalog.ProductRepository;
import dev.zhanggui.catalog.Sku;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.catalog.SkuMatch;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import dev.zhanggui.shared.Page;
import dev.zhanggui.shared.PageRequest;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import org.hibernate.exception.ConstraintViolationException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Products in PostgreSQL; every query is confined to the merchant it is given. A page of products
 * costs three statements whatever its size: the page, all its SKUs, all its categories.
 */
@ApplicationScoped
public class JpaProductRepository implements ProductRepository {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    ObjectMapper json;
    private ProductRows rows;

    @PostConstruct
    void init() {
        rows = new ProductRows(json);
    }

    @Override
    public Optional<Product> find(MerchantId merchant, ProductId id) {
        return Optional.ofNullable(em.find(ProductEntity.class, id.value()))
                .filter(e -> e.merchantId.equals(merchant.value()))
                .map(e -> assemble(List.of(e)).getFirst());
    }

    /** Three statements whatever the number of ids: the products, their SKUs, their categories. */
    @Override
    public List<Product> findAll(MerchantId merchant, List<ProductId> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<ProductEntity> found = em.createQuery("from ProductEntity where merchantId = :m and id in :ids",
                        ProductEntity.class)
                .setParameter("m", merchant.value()).setParameter("ids", ids.stream().map(ProductId::value).toList())
                .getResultList();
        Map<ProductId, Product> byId = new HashMap<>();
        assemble(found).forEach(p -> byId.put(p.id(), p));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    @Override
    public Optional<Product> findByCode(MerchantId merchant, String code) {
        return em.createQuery("from ProductEntity where merchantId = :m and code = :c", ProductEntity.class)
                .setParameter("m", merchant.value()).setParameter("c", code)
                .getResultStream().findFirst().map(e -> assemble(List.of(e)).getFirst());
    }

    @Override
    public Optional<SkuMatch> findByBarcode(MerchantId merchant, String barcode, boolean onSaleOnly) {
        String onSale = onSaleOnly ? " and p.status = 'ON_SALE'" : "";
        List<?> bySku = em.createNativeQuery("select cast(s.id as varchar) from sku s join product p on p.id = s.product_id"
                        + " where s.merchant_id = ?1 and s.barcode = ?2" + onSale + " order by s.id limit 1")
                .setParameter(1, merchant.value()).setParameter(2, barcode).getResultList();
        if (!bySku.isEmpty()) {
            SkuId skuId = new SkuId(UUID.fromString((String) bySku.getFirst()));
            UUID productId = em.find(SkuEntity.class, skuId.value()).productId;
            return find(merchant, new ProductId(productId))
                    .map(p -> new SkuMatch(p, p.sku(skuId).orElseThrow()));
        }
        List<?> byProduct = em.createNativeQuery("select cast(p.id as varchar) from product p"
                        + " where p.merchant_id = ?1 and p.barcode = ?2" + onSale + " order by p.id limit 1")
                .setParameter(1, merchant.value()).setParameter(2, barcode).getResultList();
        return byProduct.stream().findFirst()
                .flatMap(id -> find(merchant, new ProductId(UUID.fromString((String) id))))
                .map(p -> new SkuMatch(p, p.skus().getFirst()));
    }

    @Override
    public Page<Product> search(MerchantId merchant, ProductQuery query, PageRequest page) {
        ProductSearchSql search = new ProductSearchSql(merchant, query, page.afterPosition(), page.limit());
        Query sql = em.createNativeQuery(search.sql, ProductEntity.class);
        search.parameters.forEach(sql::setParameter);
        @SuppressWarnings("unchecked")
        List<ProductEntity> found = sql.getResultList();
        return Page.fromOverfetch(assemble(found), page.limit(), p -> ProductSearchSql.position(query.sort(), p));
    }

    /** Products with their SKUs and categories: one statement for all SKUs, one for all categories. */
    List<Product> assemble(List<ProductEntity> products) {
        if (products.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = products.stream().map(p -> p.id).toList();
        Map<UUID, List<SkuEntity>> skus = new HashMap<>();
        em.createQuery("from SkuEntity where productId in :ids order by productId, position", SkuEntity.class)
                .setParameter("ids", ids).getResultList()
                .forEach(s -> skus.computeIfAbsent(s.productId, k -> new ArrayList<>()).add(s));
        Map<UUID, Set<CategoryId>> categories = new HashMap<>();
        for (Object row : em.createNativeQuery("select cast(product_id as varchar), cast(category_id as varchar)"
                + " from product_category where product_id in (:ids) order by category_id").setParameter("ids", ids)
                .getResultList()) {
            Object[] cells = (Object[]) row;
            categories.computeIfAbsent(UUID.fromString((String) cells[0]), k -> new LinkedHashSet<>())
                    .add(new CategoryId(UUID.fromString((String) cells[1])));
        }
        return products.stream().map(p -> rows.toDomain(p, skus.getOrDefault(p.id, List.of()),
                categories.getOrDefault(p.id, Set.of()))).toList();
    }

    @Override
    public void add(Product product) {
        ProductEntity entity = new ProductEntity();
        entity.id = product.id().value();
        entity.merchantId = product.merchant().value();
        entity.createdAt = product.createdAt();
        entity.salesCount = product.salesCount();
        entity.updatedAt = clock.instant();
        rows.copy(product, entity);
        storing(() -> {
            em.persist(entity);
            em.flush();
            storeSkus(product, List.of());
            storeCategories(product);
        });
        product.stored(entity.version);
    }

    @Override
    public void update(Product product) {
        ProductEntity entity = Optional.ofNullable(em.find(ProductEntity.class, product.id().value()))
                .filter(e -> e.merchantId.equals(product.merchant().value()))
                .orElseThrow(() -> new DomainException(ErrorCode.PRODUCT_NOT_FOUND));
        if (entity.version != product.version()) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        }
        // Writers of one product queue on its row before touching its SKUs; one that waited finds the
        // version moved and is refused, so SKU rows are never changed by two requests at once.
        storing(() -> em.lock(entity, LockModeType.PESSIMISTIC_WRITE));
        rows.copy(product, entity);
        entity.updatedAt = clock.instant();
        List<SkuEntity> current = em.createQuery("from SkuEntity where productId = :p", SkuEntity.class)
                .setParameter("p", entity.id).getResultList();
        storing(() -> {
            storeSkus(product, current);
            storeCategories(product);
            em.flush();
            if (entity.version == product.version()) {
                // Only SKUs or categories changed, which Hibernate does not count as a change of the
                // product row: move the version anyway, so that every change is visible in it.
                em.lock(entity, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
            }
        });
        product.stored(entity.version);
    }

    @Override
    public void remove(Product product) {
        em.createNativeQuery("delete from product where id = ?1 and merchant_id = ?2")
                .setParameter(1, product.id().value()).setParameter(2, product.merchant().value()).executeUpdate();
    }

    /** Removes the SKUs that are gone first (their codes may be reused), then updates and adds. */
    private void storeSkus(Product product, List<SkuEntity> current) {
        Map<UUID, SkuEntity> byId = new HashMap<>();
        current.forEach(s -> byId.put(s.id, s));
        Set<UUID> kept = new java.util.HashSet<>();
        product.skus().forEach(s -> kept.add(s.id().value()));
        current.stream().filter(s -> !kept.contains(s.id)).forEach(em::remove);
        em.flush();
        int position = 0;
        for (Sku sku : product.skus()) {
            SkuEntity row = byId.get(sku.id().value());
            boolean added = row == null;
            row = added ? new SkuEntity() : row;
            rows.copy(product, sku, position++, row);
            if (added) {
                em.persist(row);
            }
        }
        em.flush();
    }

    private void storeCategories(Product product) {
        em.createNativeQuery("delete from product_category where product_id = ?1")
                .setParameter(1, product.id().value()).executeUpdate();
        for (CategoryId category : product.details().categories()) {
            em.createNativeQuery("insert into product_category (product_id, category_id, merchant_id) values (?1, ?2, ?3)")
                    .setParameter(1, product.id().value()).setParameter(2, category.value())
                    .setParameter(3, product.merchant().value()).executeUpdate();
        }
    }

    private static void storing(Runnable work) {
        try {
            work.run();
        } catch (OptimisticLockException | org.hibernate.StaleStateException e) {
            throw new DomainException(ErrorCode.VERSION_CONFLICT);
        } catch (PersistenceException e) {
            ConstraintViolationException violation = e instanceof ConstraintViolationException c ? c
                    : e.getCause() instanceof ConstraintViolationException c ? c : null;
            String constraint = violation == null || violation.getConstraintName() == null ? ""
                    : violation.getConstraintName();
            if (constraint.contains("product_code_unique")) {
                throw DomainException.invalidField("code", ErrorCode.PRODUCT_CODE_TAKEN);
            }
            if (constraint.contains("sku_code_unique")) {
                throw DomainException.invalidField("skus", ErrorCode.SKU_CODE_TAKEN);
            }
            throw e;
        }
    }
}
