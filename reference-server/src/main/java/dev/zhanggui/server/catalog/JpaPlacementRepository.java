package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.PlacementRepository;
import dev.zhanggui.catalog.ProductId;
import dev.zhanggui.shared.DomainException;
import dev.zhanggui.shared.ErrorCode;
import dev.zhanggui.shared.MerchantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Query;
import org.hibernate.exception.ConstraintViolationException;

import java.util.List;
import java.util.UUID;

/** Placements in PostgreSQL, one row per featured product; every query is confined to its merchant. */
@ApplicationScoped
public class JpaPlacementRepository implements PlacementRepository {
    @Inject
    EntityManager em;

    @Override
    public List<ProductId> productIds(MerchantId merchant, String code) {
        return em.createNativeQuery("select cast(product_id as varchar) from placement_item"
                        + " where merchant_id = ?1 and placement_code = ?2 order by position")
                .setParameter(1, merchant.value()).setParameter(2, code).getResultList().stream()
                .map(id -> new ProductId(UUID.fromString((String) id))).toList();
    }

    /** Writers of one placement queue on a lock of its own, then delete and insert in two statements. */
    @Override
    public void replace(MerchantId merchant, String code, List<ProductId> productIds) {
        em.createNativeQuery("select 1 from (select pg_advisory_xact_lock(hashtextextended(?1, 0))) locked")
                .setParameter(1, "placement:" + merchant.value() + ":" + code).getSingleResult();
        em.createNativeQuery("delete from placement_item where merchant_id = ?1 and placement_code = ?2")
                .setParameter(1, merchant.value()).setParameter(2, code).executeUpdate();
        if (productIds.isEmpty()) {
            return;
        }
        StringBuilder sql = new StringBuilder(
                "insert into placement_item (merchant_id, placement_code, position, product_id) values ");
        for (int i = 0; i < productIds.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append("(?1, ?2, ").append(i).append(", ?").append(i + 3).append(')');
        }
        Query insert = em.createNativeQuery(sql.toString())
                .setParameter(1, merchant.value()).setParameter(2, code);
        for (int i = 0; i < productIds.size(); i++) {
            insert.setParameter(i + 3, productIds.get(i).value());
        }
        try {
            insert.executeUpdate();
        } catch (PersistenceException e) {
            if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                // A product deleted between the service's check and this insert.
                throw new DomainException(ErrorCode.PRODUCT_NOT_FOUND, "A product of the placement no longer exists");
            }
            throw e;
        }
    }
}
