package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.SkuDirectory;
import dev.zhanggui.catalog.SkuId;
import dev.zhanggui.shared.MerchantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** Which SKUs exist, read straight from the {@code sku} table (owned by the products part). */
@ApplicationScoped
public class SqlSkuDirectory implements SkuDirectory {
    @Inject
    EntityManager em;

    @Override
    public boolean exists(MerchantId merchant, SkuId sku) {
        return (Boolean) em.createNativeQuery("select exists (select 1 from sku where merchant_id = ?1 and id = ?2)")
                .setParameter(1, merchant.value()).setParameter(2, sku.value()).getSingleResult();
    }
}
