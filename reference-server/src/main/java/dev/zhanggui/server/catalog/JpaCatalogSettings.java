package dev.zhanggui.server.catalog;

import dev.zhanggui.catalog.CatalogSettings;
import dev.zhanggui.shared.MerchantId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/** The merchant's catalog settings, read from its row ({@code merchant.allow_edit_on_sale}). */
@ApplicationScoped
public class JpaCatalogSettings implements CatalogSettings {
    @Inject
    EntityManager em;

    @Override
    public boolean allowEditOnSale(MerchantId merchant) {
        return (Boolean) em.createNativeQuery("select allow_edit_on_sale from merchant where id = ?1")
                .setParameter(1, merchant.value()).getResultStream()
                .findFirst().map(v -> Boolean.TRUE.equals(v)).orElse(Boolean.FALSE);
    }
}
