package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.CategoryId;
import dev.zhanggui.catalog.ProductCategoryCheck;
import dev.zhanggui.shared.MerchantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Which categories a product names are not the merchant's: one look at the category table. */
@ApplicationScoped
public class JpaProductCategoryCheck implements ProductCategoryCheck {
    @Inject
    EntityManager em;

    @Override
    public Set<CategoryId> unknown(MerchantId merchant, Collection<CategoryId> categories) {
        List<UUID> wanted = categories.stream().map(CategoryId::value).distinct().toList();
        Set<UUID> found = new HashSet<>();
        for (Object id : em.createNativeQuery("select cast(id as varchar) from category where merchant_id = :m"
                + " and id in (:ids)").setParameter("m", merchant.value()).setParameter("ids", wanted).getResultList()) {
            found.add(UUID.fromString((String) id));
        }
        Set<CategoryId> unknown = new HashSet<>(categories);
        unknown.removeIf(c -> found.contains(c.value()));
        return unknown;
    }
}
